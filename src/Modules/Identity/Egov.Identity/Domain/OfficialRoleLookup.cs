using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Domain;

/// <summary><see cref="IOfficialRoles"/> from the accounts' roles; a citizen's account or a locked-out one holds none.</summary>
internal sealed class OfficialRoleLookup(UserManager<Account> accounts) : IOfficialRoles
{
    public async Task<bool> HoldsAsync(string employeeNumber, string role, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await accounts.FindByNameAsync(employeeNumber) is { Kind: AccountKind.Official } account
            && !await accounts.IsLockedOutAsync(account)
            && await accounts.IsInRoleAsync(account, role);
    }
}
