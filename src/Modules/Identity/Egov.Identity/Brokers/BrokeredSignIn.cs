using Egov.Identity.Contracts;
using Egov.Identity.Domain;
using Egov.Identity.Proofing;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Brokers;

/// <summary>
/// What happens when a provider sends the person back. A linked identity signs straight in at the level the
/// pack trusts the provider at. An unlinked one is linked now when the provider may proof and its claims
/// match a resident (creating the resident's account if there is none); otherwise it waits in the external
/// cookie until the person proves who they are (<see cref="PendingExternalLogin"/>).
/// </summary>
internal sealed class BrokeredSignIn(
    SignInManager<Account> signIn, CitizenAccounts citizens, IResidentDirectory residents, CountryPack pack, SignInEvents events,
    IHttpContextAccessor http)
{
    public async Task<BrokeredOutcome> CompleteAsync(CancellationToken cancellationToken)
    {
        if (await signIn.GetExternalLoginInfoAsync() is not { } login
            || pack.BrokeredProviders.FirstOrDefault(p => BrokerMethods.Scheme(p.Id) == login.LoginProvider) is not { } provider)
        {
            return BrokeredOutcome.Failed;
        }

        var accounts = signIn.UserManager;
        var account = await accounts.FindByLoginAsync(login.LoginProvider, login.ProviderKey)
            ?? await LinkByProofingAsync(provider, login, cancellationToken);
        if (account is null)
        {
            return BrokeredOutcome.NeedsProofing;
        }

        if (await accounts.IsLockedOutAsync(account))
        {
            await http.HttpContext!.SignOutAsync(IdentityConstants.ExternalScheme);
            return BrokeredOutcome.LockedOut;
        }

        var level = provider.Assurance == "aal2" ? AssuranceLevels.Aal2 : AssuranceLevels.Aal1;
        // The provider's own methods (its amr) stay visible behind "fed", for the Security module and partners.
        string[] methods = ["fed", .. login.Principal.FindAll("amr").Select(c => c.Value).Where(m => m != "fed").Distinct(StringComparer.Ordinal)];
        await http.HttpContext!.SignOutAsync(IdentityConstants.ExternalScheme);
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, SessionAssurance.ClaimsFor(methods, level));
        await events.SucceededAsync(account.Id, methods, level, cancellationToken);
        return BrokeredOutcome.SignedIn;
    }

    /// <summary>The resident's account, linked to this identity now; null when the claims name no resident.</summary>
    private async Task<Account?> LinkByProofingAsync(BrokeredProvider provider, ExternalLoginInfo login, CancellationToken cancellationToken)
    {
        if (provider.Proofing is not { } claims
            || login.Principal.FindFirst(claims.IdentifierClaim)?.Value is not { Length: > 0 } identifier
            || login.Principal.FindFirst(claims.NameClaim)?.Value is not { Length: > 0 } name
            || await residents.FindByIdentifierAndNameAsync(identifier, name, ProofingCodes.Purpose, cancellationToken) is not { } resident)
        {
            return null;
        }

        var method = BrokerMethods.Of(login.LoginProvider);
        if (await citizens.OfResidentAsync(resident.Id.Value, cancellationToken) is { } existing)
        {
            return (await signIn.UserManager.AddLoginAsync(existing, login)).Succeeded ? await Linked(existing) : null;
        }

        // The person never types this ID: they sign in through the provider, and may add a password later.
        var (created, _) = await citizens.CreateAsync(
            resident.Id.Value, "fed-" + Guid.NewGuid().ToString("N")[..16], password: null, method,
            async account => (await signIn.UserManager.AddLoginAsync(account, login)).Succeeded, cancellationToken);
        return created is null ? null : await Linked(created);

        async Task<Account> Linked(Account account)
        {
            await events.MethodAddedAsync(account.Id, method, cancellationToken);
            return account;
        }
    }
}

/// <summary>Where the person goes after the provider.</summary>
internal enum BrokeredOutcome
{
    SignedIn,
    NeedsProofing,
    LockedOut,
    Failed,
}
