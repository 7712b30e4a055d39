using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Egov.Identity.Passkeys;

/// <summary>
/// How passkeys are made and checked, from <c>Identity:Passkeys</c>. The relying-party id is
/// <c>ServerDomain</c> (e.g. <c>gov.example</c>, so every host under it shares the passkeys) or, unset, the
/// host the person reached; <c>Origins</c> lists the web origins allowed to use it (unset: only the one the
/// request came to). A passkey registered under one rp id never works under another: change it with care.
/// </summary>
internal sealed class PasskeyOptionsSetup(IConfiguration configuration) : IConfigureOptions<IdentityPasskeyOptions>
{
    public void Configure(IdentityPasskeyOptions options)
    {
        var section = configuration.GetSection("Identity:Passkeys");
        options.ServerDomain = section["ServerDomain"] is { Length: > 0 } domain ? domain : null;
        // User verification (PIN or biometrics on the device) makes the passkey two factors in one gesture,
        // which is what lets a passkey sign-in count as AAL2 (NIST SP 800-63B, multi-factor cryptographic).
        options.UserVerificationRequirement = "required";
        // Discoverable credentials: the person signs in without typing an ID, and the page reveals no account.
        options.ResidentKeyRequirement = "required";
        // No attestation: we do not restrict authenticator makes, and "none" carries no device fingerprint.
        options.AttestationConveyancePreference = "none";
        var origins = section.GetSection("Origins").Get<string[]>() ?? [];
        options.ValidateOrigin = context => ValueTask.FromResult(IsAllowed(context, origins));
    }

    /// <summary>
    /// The browser writes the page's origin into the signed client data. It must be one we serve, never a
    /// cross-origin frame: a look-alike site relaying the ceremony would show its own origin here.
    /// </summary>
    private static bool IsAllowed(PasskeyOriginValidationContext context, string[] configured)
    {
        if (context.CrossOrigin || !Uri.TryCreate(context.Origin, UriKind.Absolute, out var origin))
        {
            return false;
        }

        var request = context.HttpContext.Request;
        IEnumerable<string> allowed = configured.Length > 0 ? configured : [$"{request.Scheme}://{request.Host}"];
        return allowed.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) && Uri.Compare(
            uri, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);
    }
}
