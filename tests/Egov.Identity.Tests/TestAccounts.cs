using AngleSharp.Html.Parser;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests;

/// <summary>Accounts for the tests, made through Identity's own account manager, and the authenticator key a set-up page shows.</summary>
internal static class TestAccounts
{
    public static async Task<Account> CreateAsync(IServiceProvider services, string userName)
    {
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = userName, DisplayName = "홍길동", Kind = AccountKind.Citizen, CreatedAt = DateTime.UtcNow };
        var result = await accounts.CreateAsync(account, PersonAtTheBrowser.Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        return account;
    }

    /// <summary>The authenticator key the set-up page shows for manual entry.</summary>
    public static async Task<byte[]> AuthenticatorKeyAsync(HttpResponseMessage setupPage)
    {
        var document = await new HtmlParser().ParseDocumentAsync(await setupPage.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return Base32.Decode(document.QuerySelector("main p code")!.TextContent.Replace(" ", "", StringComparison.Ordinal));
    }
}
