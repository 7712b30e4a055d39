using AngleSharp.Html.Parser;
using Egov.Identity.Domain;
using Egov.Identity.Partners;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests.Partners;

/// <summary>Officials and citizens for the administration pages, and a browser brought to AAL2 with the authenticator app.</summary>
internal static class Administrator
{
    public static async Task<Account> CreateAsync(IServiceProvider services, string userName, AccountKind kind, params string[] roles)
    {
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        var account = new Account { UserName = userName, DisplayName = "한소라", Kind = kind, CreatedAt = DateTime.UtcNow };
        (await accounts.CreateAsync(account, PersonAtTheBrowser.Password)).AssertSucceeded();
        foreach (var role in roles)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole<Guid>(role));
            }

            (await accounts.AddToRoleAsync(account, role)).AssertSucceeded();
        }

        return account;
    }

    /// <summary>An identity administrator signed in with password and a freshly set-up authenticator app (AAL2).</summary>
    public static async Task<PersonAtTheBrowser> SignedInAtAal2Async(WebApplicationFactory<Program> factory, string userName, AccountKind kind = AccountKind.Official, params string[] roles)
    {
        await CreateAsync(factory.Services, userName, kind, roles.Length == 0 ? [PartnerAdministration.Role] : roles);
        var person = new PersonAtTheBrowser(factory);
        using (await person.SignInAsync(userName))
        {
        }

        await SetUpAuthenticatorAsync(person, "/account/authenticator");
        return person;
    }

    /// <summary>Sets up the app on the set-up page at <paramref name="setupUrl"/>; returns the answer (recovery codes, continue link) and the key.</summary>
    public static async Task<(string Html, byte[] Key)> SetUpAuthenticatorAsync(PersonAtTheBrowser person, string setupUrl)
    {
        using var setupPage = await person.GetAsync(setupUrl);
        var key = await TestAccounts.AuthenticatorKeyAsync(setupPage);
        using var done = await person.SubmitAsync(setupPage, new Dictionary<string, string> { ["Form.Code"] = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)) });
        return (await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), key);
    }

    /// <summary>The error texts the page shows next to its fields.</summary>
    public static IReadOnlyList<string> FieldErrors(string html) =>
        [.. new HtmlParser().ParseDocument(html).QuerySelectorAll(".form-hint-invalid").Select(e => e.TextContent.Trim())];
}
