using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Egov.Identity.Domain;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>Base of the browser tests: a fresh context per test, and a failure when the server logged an error.</summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private IBrowserContext? _context;

    protected BrowserFixture Fixture => fixture;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Browser language of the test's context (sent as <c>Accept-Language</c>).</summary>
    protected virtual string Locale => "ko-KR";

    public virtual async ValueTask InitializeAsync()
    {
        fixture.Host.LoggedErrors.Clear();
        _context = await NewContextAsync(Locale, 1280);
        Page = await _context.NewPageAsync();
    }

    protected async Task<IBrowserContext> NewContextAsync(string locale, int width) =>
        await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });

    /// <summary>A full-page screenshot of the test's page (or another) in artifacts/screenshots, to look at.</summary>
    protected Task SaveScreenshotAsync(string name) => SaveScreenshotAsync(Page, name);

    /// <summary>The password every test account gets.</summary>
    protected const string TestPassword = "correct horse battery staple";

    /// <summary>A new account with the test password (and roles, created when missing); its id.</summary>
    private protected async Task<Guid> CreateAccountAsync(
        string userName, string displayName, Egov.Identity.Domain.AccountKind kind = Egov.Identity.Domain.AccountKind.Citizen, params string[] roles)
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Egov.Identity.Domain.Account>>();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        var account = new Egov.Identity.Domain.Account { UserName = userName, DisplayName = displayName, Kind = kind, CreatedAt = DateTime.UtcNow };
        (await accounts.CreateAsync(account, TestPassword)).AssertSucceeded();
        foreach (var role in roles)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                (await roleManager.CreateAsync(new IdentityRole<Guid>(role))).AssertSucceeded();
            }

            (await accounts.AddToRoleAsync(account, role)).AssertSucceeded();
        }

        return account.Id;
    }

    /// <summary>Binds an account to a resident record of the registers, as identity proofing does.</summary>
    private protected async Task BindToResidentAsync(Guid accountId, Guid residentId)
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Egov.Identity.Domain.Account>>();
        var account = await accounts.FindByIdAsync(accountId.ToString());
        account!.ResidentId = residentId;
        (await accounts.UpdateAsync(account)).AssertSucceeded();
    }

    /// <summary>Places an official's account in an agency, as the demo seeding does from the pack's officials.</summary>
    private protected async Task PlaceInAgencyAsync(Guid accountId, string agencyCode)
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await accounts.FindByIdAsync(accountId.ToString());
        (await accounts.AddClaimAsync(account!, new System.Security.Claims.Claim(AccountClaimsPrincipalFactory.Agency, agencyCode))).AssertSucceeded();
    }

    /// <summary>Signs in on the sign-in page (of the test's page or another) with the ID and the test password, as a person types them.</summary>
    protected async Task SignInWithPasswordAsync(string userName, IPage? page = null)
    {
        page ??= Page;
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("아이디").FillAsync(userName);
        await page.GetByLabel("비밀번호").FillAsync(TestPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인", Exact = true }).ClickAsync();
        // A click does not wait for the navigation it starts: a GotoAsync right after it could abort the sign-in's
        // answer before its cookie is stored. The sign-in page answers a refusal in place and moves on otherwise.
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/account/sign-in");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{userName} was not signed in; the sign-in page says: {await page.Locator("main").InnerTextAsync()}");
        }
    }

    /// <summary>
    /// Forgets the browser's session as a new person at the same browser would start. The page is left first: its
    /// scripts (an inbox refreshing itself when told over the hub) could otherwise fetch again once the cookies are gone,
    /// be sent to the sign-in page and take a new antiforgery cookie, so the sign-in form shown next would post a token
    /// of the cookie it replaced and get 400 (about one run in four did).
    /// </summary>
    protected async Task ForgetSessionAsync()
    {
        await Page.GotoAsync("about:blank");
        await Page.Context.ClearCookiesAsync();
    }

    /// <summary>
    /// On the step-up page a password-only session meets at an AAL2 page (of the test's page or another): sets up the
    /// authenticator app with the key shown, then goes on to the page asked for.
    /// </summary>
    protected async Task StepUpWithAuthenticatorAppAsync(IPage? page = null)
    {
        page ??= Page;
        await Expect(page.GetByText("이 서비스는 추가 인증이 필요합니다")).ToBeVisibleAsync();
        var key = Base32.Decode((await page.Locator("main p code").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal));
        await page.GetByLabel("코드").FillAsync(Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)));
        await page.GetByRole(AriaRole.Button, new() { Name = "사용하기" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "서비스로 계속" }).ClickAsync();
    }

    /// <summary>A new official with the registrar role, signed in and stepped up to AAL2 with an authenticator app, on the officials' search page.</summary>
    protected async Task SignInAsRegistrarAtAal2Async(string userName)
    {
        await CreateAccountAsync(userName, "윤미래", AccountKind.Official, "official", "registrar");
        await SignInWithPasswordAsync(userName);
        await Page.GotoAsync("/officials/registries");
        await StepUpWithAuthenticatorAppAsync();
    }

    /// <summary>Gives a demo person an account bound to their resident record, and signs in with it on the sign-in page (of the test's page or another).</summary>
    protected async Task SignInAsDemoPersonAsync(string key, IPage? page = null)
    {
        await CreateDemoAccountAsync(key);
        await SignInWithPasswordAsync(key, page);
    }

    private async Task CreateDemoAccountAsync(string key)
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        if (await accounts.FindByNameAsync(key) is not null)
        {
            return;
        }

        var person = scope.ServiceProvider.GetRequiredService<CountryPack>().Demo!.People.Single(p => p.Key == key);
        var resident = await scope.ServiceProvider.GetRequiredService<IResidentDirectory>().FindByIdentifierAndNameAsync(
            person.Identifier, person.Name, new DataPurpose("test", "test", "test"), TestContext.Current.CancellationToken);
        var account = new Account { UserName = key, DisplayName = person.Name, Kind = AccountKind.Citizen, ResidentId = resident!.Id.Value, CreatedAt = DateTime.UtcNow };
        (await accounts.CreateAsync(account, TestPassword)).AssertSucceeded();
    }

    /// <summary>The same at another width (a phone: 390), then back to the desktop width.</summary>
    protected async Task SaveScreenshotAsync(string name, int width)
    {
        await Page.SetViewportSizeAsync(width, 900);
        await SaveScreenshotAsync(Page, name);
        await Page.SetViewportSizeAsync(1280, 900);
    }

    /// <summary>axe-core over the test's page (or another) as it is now: no serious or critical WCAG 2.1 AA violation.</summary>
    protected async Task AssertNoSeriousAxeViolationsAsync(IPage? page = null)
    {
        var result = await (page ?? Page).RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
    }

    /// <summary>Screenshots at a desktop and a phone width; at the phone width nothing reaches past the screen's edge.</summary>
    protected static async Task AssertFitsAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await SaveScreenshotAsync(page, $"{name}-1280");
        await page.SetViewportSizeAsync(390, 900);
        await SaveScreenshotAsync(page, $"{name}-390");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, $"{name} scrolls sideways at 390 px");
        var overflowing = await page.EvaluateAsync<string[]>(ScreenshotTests.OverflowingElements);
        Assert.True(overflowing.Length == 0, $"{name} at 390 px: past the right edge: {string.Join(", ", overflowing)}");
        await page.SetViewportSizeAsync(1280, 900);
    }

    protected static async Task SaveScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(Egov.Testing.RepoPaths.Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        Assert.True(fixture.Host.LoggedErrors.IsEmpty, "The server logged errors:\n" + string.Join('\n', fixture.Host.LoggedErrors));
        GC.SuppressFinalize(this);
    }
}
