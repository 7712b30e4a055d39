using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Egov.Identity.Proofing;

/// <summary>
/// Creates the account of a proofed resident, or finds the one they have: one account per resident. The
/// account, the spent proof and the <see cref="Contracts.IdentityProofed"/> event commit together or not at all.
/// </summary>
internal sealed class CitizenAccounts(
    IdentityModuleDbContext db, UserManager<Account> accounts, IResidentDirectory residents, SignInEvents events, TimeProvider time)
{
    public Task<Account?> OfResidentAsync(Guid residentId, CancellationToken cancellationToken) =>
        accounts.Users.FirstOrDefaultAsync(a => a.ResidentId == residentId && a.Kind == AccountKind.Citizen, cancellationToken);

    /// <summary>
    /// Creates the account; a failed rule (ID taken, weak password), a spent proof or an account that appeared
    /// meanwhile leaves nothing behind.
    /// </summary>
    /// <param name="residentId">The proofed resident.</param>
    /// <param name="userName">The chosen ID.</param>
    /// <param name="password">The chosen password, or null for an account that signs in only through a provider.</param>
    /// <param name="method">How the resident was proofed (<c>sms</c>, <c>fed:&lt;provider&gt;</c>).</param>
    /// <param name="complete">Work that belongs with the account (spending the proof, linking a provider), inside the transaction; false undoes all.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<(Account? Account, IdentityResult Result)> CreateAsync(
        Guid residentId, string userName, string? password, string method, Func<Account, Task<bool>> complete, CancellationToken cancellationToken)
    {
        // The register is read before the transaction: its audit entry is written on another connection.
        var resident = await residents.GetAsync(new ResidentId(residentId), ProofingCodes.Purpose, cancellationToken);
        if (resident is null)
        {
            return (null, IdentityResult.Failed(new IdentityError { Code = "UnknownResident" }));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await OfResidentAsync(residentId, cancellationToken) is not null)
        {
            return (null, IdentityResult.Failed(new IdentityError { Code = "ResidentHasAccount" }));
        }

        var account = new Account
        {
            UserName = userName, DisplayName = resident.Name, Kind = AccountKind.Citizen, ResidentId = residentId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var result = password is null ? await accounts.CreateAsync(account) : await accounts.CreateAsync(account, password);
        if (!result.Succeeded)
        {
            return (null, result);
        }

        if (!await complete(account))
        {
            return (null, IdentityResult.Failed(new IdentityError { Code = "NotCompleted" }));
        }

        await events.ProofedAsync(account.Id, method, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (account, result);
    }
}
