using Egov.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Brokers;

/// <summary>
/// A brokered provider's identity that came back before the platform knew whose it was waits in Identity's
/// external cookie; once the person proves who they are (registration or their own sign-in), it is linked
/// to that account, so the next time the provider alone signs them in.
/// </summary>
internal sealed class PendingExternalLogin(SignInManager<Account> signIn, SignInEvents events, IHttpContextAccessor http)
{
    public async Task LinkAsync(Account account, CancellationToken cancellationToken)
    {
        if (await signIn.GetExternalLoginInfoAsync() is not { } login)
        {
            return;
        }

        var result = await signIn.UserManager.AddLoginAsync(account, login);
        if (result.Succeeded)
        {
            await events.MethodAddedAsync(account.Id, BrokerMethods.Of(login.LoginProvider), cancellationToken);
        }

        await http.HttpContext!.SignOutAsync(IdentityConstants.ExternalScheme);
    }
}
