using System.Net;
using System.Text.RegularExpressions;
using Egov.Identity.Oidc;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Partners;

/// <summary>
/// What a partner registration must satisfy. Every mistake is reported at once, by field, as a text key and
/// its arguments, so the page can say all of them in the reader's language and nothing is written until all pass.
/// </summary>
internal static partial class PartnerRules
{
    public static readonly IReadOnlyList<string> GrantTypeChoices = [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken, GrantTypes.ClientCredentials];

    private const int MaxUris = 10;

    public static IReadOnlyList<PartnerError> Check(PartnerForm form, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<PartnerError>();
        if (isNew && !ClientIdPattern().IsMatch(form.ClientId ?? ""))
        {
            errors.Add(new(nameof(PartnerForm.ClientId), "identity.partners.error.clientId"));
        }

        if (string.IsNullOrWhiteSpace(form.DisplayName) || form.DisplayName.Length > 100
            || form.DisplayNames.Values.Any(n => n?.Length > 100))
        {
            errors.Add(new(nameof(PartnerForm.DisplayName), "identity.partners.error.displayName"));
        }

        if (form.ClientType is not (PartnerForm.Confidential or PartnerForm.Public))
        {
            errors.Add(new(nameof(PartnerForm.ClientType), "identity.partners.error.clientType"));
        }

        CheckGrants(form, errors);
        var code = form.Has(GrantTypes.AuthorizationCode);
        CheckUris(nameof(PartnerForm.RedirectUris), form.RedirectUris, required: code, allowed: code, errors);
        CheckUris(nameof(PartnerForm.PostLogoutRedirectUris), form.PostLogoutRedirectUris, required: false, allowed: code, errors);
        if (form.Scopes.Except(PartnerScopes.Grantable, StringComparer.Ordinal).Any())
        {
            errors.Add(new(nameof(PartnerForm.Scopes), "identity.partners.error.scope"));
        }

        if (form.SubjectType is not ("pairwise" or "public"))
        {
            errors.Add(new(nameof(PartnerForm.SubjectType), "identity.partners.error.subjectType"));
        }

        return errors;
    }

    private static void CheckGrants(PartnerForm form, List<PartnerError> errors)
    {
        var field = nameof(PartnerForm.GrantTypes);
        if (form.GrantTypes.Count == 0 || form.GrantTypes.Except(GrantTypeChoices, StringComparer.Ordinal).Any())
        {
            errors.Add(new(field, "identity.partners.error.noGrant"));
        }
        else if (form.Has(GrantTypes.RefreshToken) && !form.Has(GrantTypes.AuthorizationCode))
        {
            errors.Add(new(field, "identity.partners.error.refreshNeedsCode"));
        }
        else if (form.Has(GrantTypes.ClientCredentials) && form.ClientType == PartnerForm.Public)
        {
            // A public client cannot keep a secret, so it cannot authenticate as itself.
            errors.Add(new(field, "identity.partners.error.publicClientCredentials"));
        }
    }

    private static void CheckUris(string field, string? text, bool required, bool allowed, List<PartnerError> errors)
    {
        var lines = PartnerForm.Lines(text);
        if (lines.Count == 0)
        {
            if (required)
            {
                errors.Add(new(field, "identity.partners.error.redirectRequired"));
            }

            return;
        }

        if (!allowed)
        {
            errors.Add(new(field, "identity.partners.error.uriWithoutCode"));
            return;
        }

        if (lines.Count > MaxUris)
        {
            errors.Add(new(field, "identity.partners.error.tooManyUris", MaxUris.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        var bad = lines.FirstOrDefault(line => !IsAcceptable(line));
        if (bad is not null)
        {
            errors.Add(new(field, "identity.partners.error.uri", bad));
        }
    }

    /// <summary>
    /// https anywhere; plain http only back to the same machine (a native app's loopback listener, RFC 8252 §7.3),
    /// where nothing travels over a network. No fragment (OAuth 2.0 §3.1.2), no user info.
    /// </summary>
    public static bool IsAcceptable(string uri)
    {
        if (uri.Length > 2000 || uri.Contains('#', StringComparison.Ordinal) || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
            || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            return false;
        }

        return parsed.Scheme == Uri.UriSchemeHttps
            || (parsed.Scheme == Uri.UriSchemeHttp && (parsed.IsLoopback || (IPAddress.TryParse(parsed.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientIdPattern();
}

/// <summary>One mistake: the field, the text key, and what to put into the text.</summary>
internal sealed record PartnerError(string Field, string TextKey, params string[] Arguments);
