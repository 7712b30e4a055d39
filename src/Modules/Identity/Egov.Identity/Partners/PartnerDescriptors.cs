using System.Globalization;
using Egov.Identity.Oidc;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Identity.Partners;

/// <summary>
/// Between the form and OpenIddict's registration. What a partner may do is OpenIddict's permissions; a
/// disabled partner keeps its grants and scopes but loses the endpoint permissions, so OpenIddict itself
/// refuses it at <c>/connect/authorize</c> and <c>/connect/token</c> and enabling it again restores it whole.
/// </summary>
internal static class PartnerDescriptors
{
    public static void Apply(PartnerForm form, OpenIddictApplicationDescriptor descriptor, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.DisplayName = form.DisplayName!.Trim();
        descriptor.DisplayNames.Clear();
        foreach (var (language, name) in form.DisplayNames.Where(n => !string.IsNullOrWhiteSpace(n.Value)))
        {
            descriptor.DisplayNames[CultureInfo.GetCultureInfo(language)] = name!.Trim();
        }

        descriptor.ConsentType = ConsentTypes.Explicit;
        descriptor.Permissions.Clear();
        descriptor.Requirements.Clear();
        var code = form.Has(GrantTypes.AuthorizationCode);
        if (code)
        {
            descriptor.Permissions.UnionWith([Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        if (form.Has(GrantTypes.RefreshToken))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        if (form.Has(GrantTypes.ClientCredentials))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        descriptor.Permissions.UnionWith(form.Scopes.Select(s => Permissions.Prefixes.Scope + s));
        SetEnabled(descriptor, enabled);
        descriptor.RedirectUris.Clear();
        descriptor.RedirectUris.UnionWith(PartnerForm.Lines(form.RedirectUris).Select(u => new Uri(u)));
        descriptor.PostLogoutRedirectUris.Clear();
        descriptor.PostLogoutRedirectUris.UnionWith(PartnerForm.Lines(form.PostLogoutRedirectUris).Select(u => new Uri(u)));
        descriptor.Properties[PartnerSubjectTypes.Property] =
            PartnerSubjectTypes.ToProperty(form.SubjectType == "public" ? PartnerSubjectType.Public : PartnerSubjectType.Pairwise);
    }

    public static void SetEnabled(OpenIddictApplicationDescriptor descriptor, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        string[] endpoints = [Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession, Permissions.Endpoints.Token];
        descriptor.Permissions.ExceptWith(endpoints);
        if (!enabled)
        {
            return;
        }

        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        if (descriptor.Permissions.Contains(Permissions.GrantTypes.AuthorizationCode))
        {
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession]);
        }
    }

    public static bool IsEnabled(OpenIddictApplicationDescriptor descriptor) =>
        descriptor?.Permissions.Contains(Permissions.Endpoints.Token) ?? throw new ArgumentNullException(nameof(descriptor));

    public static PartnerForm ToForm(OpenIddictApplicationDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var permissions = descriptor.Permissions;
        return new PartnerForm
        {
            ClientId = descriptor.ClientId,
            DisplayName = descriptor.DisplayName,
            DisplayNames = descriptor.DisplayNames.ToDictionary(n => n.Key.Name, n => (string?)n.Value, StringComparer.Ordinal),
            ClientType = descriptor.ClientType ?? PartnerForm.Confidential,
            GrantTypes = [.. PartnerRules.GrantTypeChoices.Where(g => permissions.Contains(Permissions.Prefixes.GrantType + g))],
            RedirectUris = string.Join('\n', descriptor.RedirectUris.Select(u => u.OriginalString)),
            PostLogoutRedirectUris = string.Join('\n', descriptor.PostLogoutRedirectUris.Select(u => u.OriginalString)),
            Scopes = [.. PartnerScopes.Grantable.Where(s => permissions.Contains(Permissions.Prefixes.Scope + s))],
            SubjectType = PartnerSubjectTypes.Of(descriptor.Properties) == PartnerSubjectType.Public ? "public" : "pairwise",
        };
    }
}
