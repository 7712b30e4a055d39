using System.Security.Claims;
using Egov.Platform.Packs;
using Egov.Platform.Persistence;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Egov.Identity.Domain;

/// <summary>
/// In a demo deployment only, gives the pack's demo people and officials accounts, so every journey can be
/// tried at once. Citizens are bound to their resident record through the registers' contract, as identity
/// proofing would bind them. All demo accounts share one password, published in the README.
/// </summary>
internal sealed class DemoAccountSeeder(
    CountryPack pack, IResidentDirectory residents, UserManager<Account> accounts, RoleManager<IdentityRole<Guid>> roles,
    IConfiguration configuration, TimeProvider time) : IDataSeeder
{
    public const string DemoPassword = "enjoy-egov-demo";

    private static readonly DataPurpose Purpose = new("system:identity", "identity.demo-accounts", "demo deployment seeding");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!pack.IsDemo || pack.Demo is not { } demo || !configuration.GetValue("Identity:SeedDemoAccounts", true))
        {
            return;
        }

        foreach (var person in demo.People.Where(p => p.IsAlive && p.Phone is not null))
        {
            var resident = await residents.FindByIdentifierAndNameAsync(person.Identifier, person.Name, Purpose, cancellationToken);
            await EnsureAsync(person.Key, person.Name, AccountKind.Citizen, resident?.Id.Value, [], agency: null);
        }

        foreach (var official in demo.Officials)
        {
            var name = official.Name ?? demo.People.Single(p => p.Key == official.Person).Name;
            await EnsureAsync(official.EmployeeNumber, name, AccountKind.Official, null, official.Roles, official.Agency);
        }
    }

    private async Task EnsureAsync(string userName, string displayName, AccountKind kind, Guid? residentId, IReadOnlyList<string> roleNames, string? agency)
    {
        if (await accounts.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var account = new Account { UserName = userName, DisplayName = displayName, Kind = kind, ResidentId = residentId, CreatedAt = time.GetUtcNow().UtcDateTime };
        Check(await accounts.CreateAsync(account, DemoPassword));
        if (agency is not null)
        {
            Check(await accounts.AddClaimAsync(account, new Claim(AccountClaimsPrincipalFactory.Agency, agency)));
        }

        foreach (var role in roleNames)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }

            Check(await accounts.AddToRoleAsync(account, role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
