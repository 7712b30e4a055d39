using System.Net;
using Egov.Identity.Domain;
using Egov.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests;

public sealed class DemoAccountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoDeployment_SeedsCitizensBoundToTheirResidentRecord_AndOfficialsWithRoles()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var factory = new EgovHostFactory(database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" });
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

        var citizen = await accounts.FindByNameAsync("kim-minjun");
        Assert.NotNull(citizen);
        Assert.Equal(AccountKind.Citizen, citizen.Kind);
        Assert.NotNull(citizen.ResidentId);
        Assert.Null(await accounts.FindByNameAsync("choi-malsun")); // deceased: no account

        var official = await accounts.FindByNameAsync("MOIS-2019-0412");
        Assert.NotNull(official);
        Assert.Equal(AccountKind.Official, official.Kind);
        Assert.Equal(["identity-admin", "notifications-operator", "official", "org-admin"], (await accounts.GetRolesAsync(official)).Order());
        // The agency the pack places the official in, which pages scoped to an agency read (Benefits' case queue).
        Assert.Contains(await accounts.GetClaimsAsync(official), c => (c.Type, c.Value) == (AccountClaimsPrincipalFactory.Agency, "1741000"));

        // An official who is no demo resident gets an account under the name officials.yaml gives.
        var mayor = await accounts.FindByNameAsync("SEOUL-1998-0001");
        Assert.Equal(("김정훈", AccountKind.Official), (mayor?.DisplayName, mayor?.Kind));

        var person = new PersonAtTheBrowser(factory);
        using var signedIn = await person.SignInAsync("kim-minjun", DemoAccountSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
