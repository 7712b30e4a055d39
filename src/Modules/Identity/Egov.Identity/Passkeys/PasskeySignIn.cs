using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Passkeys;

/// <summary>
/// Signing in with a passkey: options for the browser, then the signed assertion checked by ASP.NET Core
/// Identity's passkey handler (challenge, origin, rp id, user presence and verification, signature, counter).
/// The challenge lives in Identity's short-lived two-factor cookie and is spent by the first answer, so
/// options cannot be replayed. The browser offers whichever passkey it holds (discoverable credentials):
/// the person types nothing, and the page names no account.
/// </summary>
internal sealed class PasskeySignIn(SignInManager<Account> signIn, SignInEvents events)
{
    /// <summary>
    /// The session's methods (RFC 8176): the key (<see cref="AccountPasskeys.MethodOf"/>) and <c>mfa</c>,
    /// because user verification on the device (PIN or biometrics) is the second factor.
    /// </summary>
    public static string[] MethodsFor(UserPasskeyInfo passkey) => [AccountPasskeys.MethodOf(passkey), "mfa"];

    public Task<string> RequestOptionsAsync() => signIn.MakePasskeyRequestOptionsAsync(user: null);

    public async Task<(PasskeySignInOutcome Outcome, Account? Account)> SignInAsync(string credentialJson, CancellationToken cancellationToken)
    {
        // Identity's handler reports every malformed or forged answer as a failed result; only a missing
        // ceremony (no options asked, or already spent) throws, and that is a failure like any other.
        PasskeyAssertionResult<Account> result;
        try
        {
            result = await signIn.PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            result = PasskeyAssertionResult.Fail<Account>(new PasskeyException("No passkey sign-in is underway."));
        }

        if (!result.Succeeded)
        {
            // The account is not named: the user handle in a failed answer is only the client's claim.
            await events.FailedAsync(null, lockedOut: false, cancellationToken);
            return (PasskeySignInOutcome.Failed, null);
        }

        var account = result.User;
        // A locked account stays locked whatever the method: the lockout is about the account, not the password.
        if (await signIn.UserManager.IsLockedOutAsync(account))
        {
            await events.FailedAsync(account.Id, lockedOut: true, cancellationToken);
            return (PasskeySignInOutcome.LockedOut, null);
        }

        // The new signature counter is stored before the session starts, so a cloned key's older count is refused.
        if (!(await signIn.UserManager.AddOrUpdatePasskeyAsync(account, result.Passkey)).Succeeded)
        {
            await events.FailedAsync(account.Id, lockedOut: false, cancellationToken);
            return (PasskeySignInOutcome.Failed, null);
        }

        await signIn.UserManager.ResetAccessFailedCountAsync(account);
        var methods = MethodsFor(result.Passkey);
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, SessionAssurance.ClaimsFor(methods, AssuranceLevels.Aal2));
        await events.SucceededAsync(account.Id, methods, AssuranceLevels.Aal2, cancellationToken);
        return (PasskeySignInOutcome.SignedIn, account);
    }
}

/// <summary>How a passkey sign-in ended.</summary>
internal enum PasskeySignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
}
