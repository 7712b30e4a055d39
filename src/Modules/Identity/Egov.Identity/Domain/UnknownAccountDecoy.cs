using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Domain;

/// <summary>
/// Makes a sign-in with an ID nobody has cost what a wrong password costs: the same slow hash is verified
/// against a decoy, so response time does not reveal which IDs exist.
/// </summary>
internal sealed class UnknownAccountDecoy(IPasswordHasher<Account> hasher)
{
    private static readonly Account Decoy = new() { UserName = "decoy" };

    // Hashed once per process (at the configured cost), on the first unknown ID.
    private static string? decoyHash;

    public void VerifyAgainstDecoy(string password)
    {
        decoyHash ??= hasher.HashPassword(Decoy, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Decoy, decoyHash, password);
    }
}
