using System.Text.Json;
using OpenIddict.Abstractions;

namespace Egov.Identity.Oidc;

/// <summary>What <c>sub</c> a partner sees for a person (OpenID Connect Core §8).</summary>
internal enum PartnerSubjectType
{
    /// <summary>Its own subject per partner (<see cref="PairwiseSubjects"/>): partners cannot match people by it. The default.</summary>
    Pairwise = 0,

    /// <summary>The same subject at every public partner: the account id (never a resident number).</summary>
    Public = 1,
}

/// <summary>The subject type lives in the OpenIddict application's properties, so it travels with the registration.</summary>
internal static class PartnerSubjectTypes
{
    public const string Property = "egov_subject_type";

    public static async ValueTask<PartnerSubjectType> OfAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applications);
        return Of(await applications.GetPropertiesAsync(application, cancellationToken));
    }

    // Anything but an explicit "public" (a missing or unknown value) keeps people unlinkable.
    public static PartnerSubjectType Of(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties?.TryGetValue(Property, out var value) == true && value.ValueKind == JsonValueKind.String && value.GetString() == "public"
            ? PartnerSubjectType.Public
            : PartnerSubjectType.Pairwise;

    public static JsonElement ToProperty(PartnerSubjectType type) =>
        JsonSerializer.SerializeToElement(type == PartnerSubjectType.Public ? "public" : "pairwise");
}
