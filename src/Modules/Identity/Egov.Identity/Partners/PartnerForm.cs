using System.ComponentModel.DataAnnotations;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Partners;

/// <summary>
/// A partner client as an administrator fills it in. Addresses are one per line; grant types, scopes and
/// names in other languages are lists. <see cref="PartnerRules"/> checks it whole before anything is written.
/// </summary>
internal sealed class PartnerForm
{
    public const string Confidential = ClientTypes.Confidential;
    public const string Public = ClientTypes.Public;

    [Display(Name = "identity.partners.clientId", Description = "identity.partners.clientIdHint")]
    public string? ClientId { get; set; }

    [Display(Name = "identity.partners.displayName")]
    public string? DisplayName { get; set; }

    /// <summary>The name in the pack's other languages, by language code; empty ones fall back to <see cref="DisplayName"/>.</summary>
    public Dictionary<string, string?> DisplayNames { get; set; } = [];

    /// <summary><see cref="Confidential"/> (a back end holding a secret) or <see cref="Public"/> (an app on a device).</summary>
    public string ClientType { get; set; } = Confidential;

    /// <summary><c>authorization_code</c>, <c>refresh_token</c>, <c>client_credentials</c>.</summary>
    public List<string> GrantTypes { get; set; } = [];

    public string? RedirectUris { get; set; }

    public string? PostLogoutRedirectUris { get; set; }

    public List<string> Scopes { get; set; } = [];

    /// <summary><c>pairwise</c> or <c>public</c>.</summary>
    public string SubjectType { get; set; } = "pairwise";

    public bool Has(string grantType) => GrantTypes.Contains(grantType, StringComparer.Ordinal);

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
