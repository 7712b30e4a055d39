using System.Net;
using System.Text.RegularExpressions;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Platform.Notifications;
using Egov.Registries.Contracts;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Egov.Identity.Tests.ProofingJourney;

namespace Egov.Identity.Tests;

/// <summary>Identity proofing (identifier + name + SMS code) and registration, through the pages.</summary>
public sealed partial class RegistrationTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownDetails_GetTheSameAnswerAsARealResident_AndNoMessageIsSent()
    {
        var person = new PersonAtTheBrowser(host.Factory);
        var journey = new ProofingJourney(person, host.Factory);
        var sentBefore = host.Factory.Sms.Messages.Count;

        using var known = await journey.StartAsync(KimYoungsoo.Identifier, KimYoungsoo.Name);
        var knownPage = await TextAsync(await person.GetAsync(known.Headers.Location!.OriginalString));
        // A valid number with another name, then a valid number nobody has: the register matches neither.
        using var wrongName = await journey.StartAsync(KimYoungsoo.Identifier, "김철수");
        var wrongNamePage = await TextAsync(await person.GetAsync(wrongName.Headers.Location!.OriginalString));
        using var again = await journey.StartAsync(KimYoungsoo.Identifier.Replace("-", "", StringComparison.Ordinal), " 김철수 ");
        var againPage = await TextAsync(await person.GetAsync(again.Headers.Location!.OriginalString));

        Assert.Equal(known.StatusCode, wrongName.StatusCode);
        Assert.Equal(known.Headers.Location, wrongName.Headers.Location);
        Assert.Equal(Shape(knownPage), Shape(wrongNamePage));
        Assert.Matches(MaskedPhone(), MaskOn(wrongNamePage));
        Assert.Equal("010-****-1220", MaskOn(knownPage));
        // The same details typed another way show the same decoy, as a real resident's phone would.
        Assert.Equal(MaskOn(wrongNamePage), MaskOn(againPage));
        await host.Factory.Sms.NextToAsync(KimYoungsoo.Phone);
        Assert.Equal(sentBefore + 1, host.Factory.Sms.Messages.Count);
    }

    [Fact]
    public async Task ASlowGateway_DoesNotSlowTheAnswer_SoTimingDoesNotTellARealResident()
    {
        await using var slow = host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ISmsSender>(new SlowGateway())));
        var journey = new ProofingJourney(new PersonAtTheBrowser(slow), host.Factory);
        using (await journey.StartAsync(OhJunseo.Identifier, "김철수"))
        {
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var known = await journey.StartAsync(OhJunseo.Identifier, OhJunseo.Name);

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.True(watch.Elapsed < SlowGateway.Delay / 2, $"the answer took {watch.Elapsed}");
    }

    [Fact]
    public async Task MalformedIdentifier_IsPointedOut_BeforeAnythingIsLookedUp()
    {
        var journey = new ProofingJourney(new PersonAtTheBrowser(host.Factory), host.Factory);

        using var answer = await journey.StartAsync("780412-1023454", KimMinjun.Name);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("올바른 주민등록번호가 아닙니다", await TextAsync(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_CreatesACitizenAccountBoundToTheResident_WhoCanSignInWithIt()
    {
        var person = new PersonAtTheBrowser(host.Factory);
        var journey = new ProofingJourney(person, host.Factory);

        var code = await journey.CodeForAsync(KimMinjun);
        using var proved = await journey.EnterCodeAsync(code);
        Assert.Equal("/account/register/account", proved.Headers.Location?.OriginalString);
        using var created = await journey.ChooseAccountAsync("minjun-registered");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("김민준", await TextAsync(await person.GetAsync("/")), StringComparison.Ordinal);
        var account = await AccountAsync("minjun-registered");
        Assert.Equal(AccountKind.Citizen, account!.Kind);
        Assert.Equal(await ResidentIdAsync(KimMinjun), account.ResidentId);
        Assert.Contains(await EventsAsync(account.Id), m => m.Type == typeof(IdentityProofed).FullName && m.Payload.Contains("\"sms\"", StringComparison.Ordinal));

        using var signedIn = await new PersonAtTheBrowser(host.Factory).SignInAsync("minjun-registered");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task WrongCode_IsRefused_AndTheRightOneStillWorksWithinTheTries()
    {
        var journey = new ProofingJourney(new PersonAtTheBrowser(host.Factory), host.Factory);
        var code = await journey.CodeForAsync(LeeSeoyeon);

        using var wrong = await journey.EnterCodeAsync(OtherThan(code));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("인증번호가 맞지 않습니다", await TextAsync(wrong), StringComparison.Ordinal);

        using var right = await journey.EnterCodeAsync(code);
        Assert.Equal("/account/register/account", right.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task FiveWrongCodes_SpendTheCode_SoEvenTheRightOneIsRefused()
    {
        var journey = new ProofingJourney(new PersonAtTheBrowser(host.Factory), host.Factory);
        var code = await journey.CodeForAsync(KimHayoon);

        for (var i = 0; i < 4; i++)
        {
            using var wrong = await journey.EnterCodeAsync(OtherThan(code));
            Assert.Contains("인증번호가 맞지 않습니다", await TextAsync(wrong), StringComparison.Ordinal);
        }

        using var fifth = await journey.EnterCodeAsync(OtherThan(code));
        Assert.Contains("여러 번 잘못 입력했습니다", await TextAsync(fifth), StringComparison.Ordinal);
        using var right = await journey.EnterCodeAsync(code);
        Assert.Contains("여러 번 잘못 입력했습니다", await TextAsync(right), StringComparison.Ordinal);
        Assert.Null(await AccountOfResidentAsync(KimHayoon));
    }

    [Fact]
    public async Task ACode_WorksOnce()
    {
        var journey = new ProofingJourney(new PersonAtTheBrowser(host.Factory), host.Factory);
        var code = await journey.CodeForAsync(KimJiho);

        using var first = await journey.EnterCodeAsync(code);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var second = await journey.EnterCodeAsync(code);

        Assert.Contains("이미 사용한 인증번호입니다", await TextAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedPassword_LeavesNoAccount_AndTheProofCanStillBeUsed()
    {
        var journey = new ProofingJourney(new PersonAtTheBrowser(host.Factory), host.Factory);
        using (await journey.EnterCodeAsync(await journey.CodeForAsync(Nguyen)))
        {
        }

        using var refused = await journey.ChooseAccountAsync("nguyen-registered", "password");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("너무 흔해서", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Null(await AccountAsync("nguyen-registered"));
        Assert.Null(await AccountOfResidentAsync(Nguyen));

        using var created = await journey.ChooseAccountAsync("nguyen-registered");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.NotNull(await AccountOfResidentAsync(Nguyen));
    }

    [Fact]
    public async Task AResidentWithAnAccount_IsToldToSignIn_OnlyAfterTheCodeProvesThePhone()
    {
        var existing = await TestAccounts.CreateAsync(host.Factory.Services, "woojin-existing");
        await BindAsync(existing.Id, JungWoojin);
        var person = new PersonAtTheBrowser(host.Factory);
        var journey = new ProofingJourney(person, host.Factory);

        var code = await journey.CodeForAsync(JungWoojin);
        var codePage = await TextAsync(await person.GetAsync("/account/register/code"));
        Assert.DoesNotContain("이미 계정이 있습니다", codePage, StringComparison.Ordinal);
        using var proved = await journey.EnterCodeAsync(code);

        Assert.Contains("이미 계정이 있습니다", await TextAsync(proved), StringComparison.Ordinal);
        Assert.Equal(existing.Id, (await AccountOfResidentAsync(JungWoojin))!.Id);
        using var noSecondAccount = await person.GetAsync("/account/register/account");
        Assert.Equal("/account/register", noSecondAccount.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AResident_GetsAtMostFiveCodesAnHour_WithTheSameAnswerAfterwards()
    {
        var journey = new ProofingJourney(new PersonAtTheBrowser(host.Factory), host.Factory);
        for (var i = 0; i < 5; i++)
        {
            await journey.CodeForAsync(HanSora);
        }

        using var sixth = await journey.StartAsync(HanSora.Identifier, HanSora.Name);
        var page = await TextAsync(await journey.Person.GetAsync("/account/register/code"));
        await Task.Delay(300, Cancel);

        Assert.Equal("/account/register/code", sixth.Headers.Location?.OriginalString);
        Assert.Contains("010-****-1234", page, StringComparison.Ordinal);
        Assert.Equal(5, host.Factory.Sms.CountTo(HanSora.Phone));
    }

    private static string OtherThan(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The page with the masked phone taken out: what is left must not differ between known and unknown details.</summary>
    private static string Shape(string page) => MaskedPhone().Replace(Regex.Replace(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", ""), "");

    private static string MaskOn(string page) => MaskedPhone().Match(page).Value;

    [GeneratedRegex(@"010-\*\*\*\*-\d{4}")]
    private static partial Regex MaskedPhone();

    private async Task<Account?> AccountAsync(string userName)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByNameAsync(userName);
    }

    private async Task<Guid> ResidentIdAsync((string Identifier, string Name, string Phone) resident)
    {
        using var scope = host.Factory.Services.CreateScope();
        var found = await scope.ServiceProvider.GetRequiredService<IResidentDirectory>()
            .FindByIdentifierAndNameAsync(resident.Identifier, resident.Name, new DataPurpose("test", "test", "test"), Cancel);
        return found!.Id.Value;
    }

    private async Task<Account?> AccountOfResidentAsync((string Identifier, string Name, string Phone) resident)
    {
        var id = await ResidentIdAsync(resident);
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(a => a.ResidentId == id, Cancel);
    }

    private async Task BindAsync(Guid accountId, (string Identifier, string Name, string Phone) resident)
    {
        var id = await ResidentIdAsync(resident);
        using var scope = host.Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Users.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ResidentId, id), Cancel);
    }

    private async Task<List<Egov.Platform.Events.OutboxMessage>> EventsAsync(Guid accountId)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Payload.Contains(accountId.ToString())).ToListAsync(Cancel);
    }

    /// <summary>A gateway that takes its time to accept a message.</summary>
    private sealed class SlowGateway : ISmsSender
    {
        public static readonly TimeSpan Delay = TimeSpan.FromSeconds(6);

        public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default) => Task.Delay(Delay, cancellationToken);
    }
}
