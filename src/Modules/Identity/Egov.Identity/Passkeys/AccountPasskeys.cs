using Egov.Identity.Data;
using Egov.Identity.Domain;
using Egov.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Passkeys;

/// <summary>
/// A person's own passkeys: register (Identity's attestation checks), rename, remove. A change and its
/// security event commit together; the audit entry follows (the audit chain has its own transaction).
/// The last way to sign in cannot be removed: an account with no password and no linked provider keeps
/// its only passkey.
/// </summary>
internal sealed class AccountPasskeys(
    IdentityModuleDbContext db, SignInManager<Account> signIn, SignInEvents events, IAuditLog audit)
{
    /// <summary>
    /// The method a passkey is (RFC 8176), in the security events and the session: proof of possession of a key,
    /// <c>hwk</c> when it is bound to its device, <c>swk</c> when the authenticator may copy it to a cloud
    /// keychain (its backup-eligible flag).
    /// </summary>
    public static string MethodOf(UserPasskeyInfo passkey) => passkey.IsBackupEligible ? "swk" : "hwk";

    public const int MaxNameLength = 50;

    private UserManager<Account> Accounts => signIn.UserManager;

    public async Task<IReadOnlyList<UserPasskeyInfo>> ListAsync(Account account) =>
        [.. (await Accounts.GetPasskeysAsync(account)).OrderBy(p => p.CreatedAt)];

    /// <summary>Whether removing one passkey would leave the account with no way to sign in.</summary>
    public async Task<bool> IsLastMethodAsync(Account account) =>
        !await Accounts.HasPasswordAsync(account)
        && (await Accounts.GetLoginsAsync(account)).Count == 0
        && (await Accounts.GetPasskeysAsync(account)).Count <= 1;

    /// <summary>Options for <c>navigator.credentials.create</c>; the challenge waits in Identity's two-factor cookie.</summary>
    public Task<string> CreationOptionsAsync(Account account) =>
        signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = account.Id.ToString(),
            Name = account.UserName!,
            DisplayName = account.DisplayName,
        });

    public async Task<PasskeyChange> AddAsync(Account account, string credentialJson, string name, CancellationToken cancellationToken)
    {
        PasskeyAttestationResult result;
        try
        {
            result = await signIn.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            // No ceremony underway: the options were never asked for, already spent, or expired with the cookie.
            return PasskeyChange.Refused;
        }

        // The ceremony must have been started for this account, not by someone else earlier in this browser.
        if (!result.Succeeded || result.UserEntity.Id != account.Id.ToString())
        {
            return PasskeyChange.Refused;
        }

        result.Passkey.Name = name;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!(await Accounts.AddOrUpdatePasskeyAsync(account, result.Passkey)).Succeeded)
            {
                return PasskeyChange.Refused;
            }

            await events.MethodAddedAsync(account.Id, MethodOf(result.Passkey), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await AuditAsync(account, "identity.passkey.add", result.Passkey.CredentialId, cancellationToken);
        return PasskeyChange.Done;
    }

    public async Task<PasskeyChange> RenameAsync(Account account, byte[] credentialId, string name, CancellationToken cancellationToken)
    {
        if (await Accounts.GetPasskeyAsync(account, credentialId) is not { } passkey)
        {
            return PasskeyChange.NotFound;
        }

        passkey.Name = name;
        if (!(await Accounts.AddOrUpdatePasskeyAsync(account, passkey)).Succeeded)
        {
            return PasskeyChange.Refused;
        }

        await AuditAsync(account, "identity.passkey.rename", credentialId, cancellationToken);
        return PasskeyChange.Done;
    }

    public async Task<PasskeyChange> RemoveAsync(Account account, byte[] credentialId, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await Accounts.GetPasskeyAsync(account, credentialId) is not { } passkey)
            {
                return PasskeyChange.NotFound;
            }

            if (await IsLastMethodAsync(account))
            {
                return PasskeyChange.LastMethod;
            }

            if (!(await Accounts.RemovePasskeyAsync(account, credentialId)).Succeeded)
            {
                return PasskeyChange.Refused;
            }

            await events.MethodRemovedAsync(account.Id, MethodOf(passkey), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await AuditAsync(account, "identity.passkey.remove", credentialId, cancellationToken);
        return PasskeyChange.Done;
    }

    /// <summary>A passkey's reference in forms and the audit log: its credential id, base64url.</summary>
    public static string Reference(byte[] credentialId) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(credentialId);

    /// <summary>The credential id a form sent back, or null when it is not base64url or not a plausible id.</summary>
    public static byte[]? ParseReference(string? reference)
    {
        // Credential ids are at most 1023 bytes (WebAuthn); anything longer is not ours.
        if (string.IsNullOrEmpty(reference) || reference.Length > 1400)
        {
            return null;
        }

        try
        {
            return Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(reference);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task AuditAsync(Account account, string action, byte[] credentialId, CancellationToken cancellationToken) =>
        await audit.AppendAsync(new AuditRecord($"account:{account.Id}", action, $"passkey:{Reference(credentialId)}"), cancellationToken);
}

/// <summary>How a change to one's passkeys ended.</summary>
internal enum PasskeyChange
{
    Done,
    Refused,
    NotFound,
    LastMethod,
}
