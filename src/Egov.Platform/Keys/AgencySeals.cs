using Egov.Platform.Packs;

namespace Egov.Platform.Keys;

/// <summary>
/// The seal rings of the pack's agencies (<see cref="KeyRing.AgencySeal"/>), named one way wherever they are made:
/// by the module that seals a document on first use, and by <c>egov keys rotate</c>, so every version of an
/// agency's seal carries the same name.
/// </summary>
public static class AgencySeals
{
    /// <summary>
    /// The seal ring of the pack's agency <paramref name="agencyCode"/>, its certificate naming the agency in English
    /// when the pack has that name (as the other rings' certificates name the country), else in the pack's default
    /// language; null when the pack has no such agency.
    /// </summary>
    public static KeyRing? For(CountryPack pack, string agencyCode)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var agency = pack.Agencies.FirstOrDefault(a => a.Code == agencyCode);
        if (agency is null)
        {
            return null;
        }

        var name = agency.Names.TryGetValue("en", out var english) ? english : agency.Names.GetValueOrDefault(pack.DefaultLanguage, agency.Code);
        return KeyRing.AgencySeal(agency.Code, $"{name} Seal");
    }

    /// <summary>Every agency's seal ring, in the pack's order: what <c>egov keys list</c> looks for (only rings with keys print).</summary>
    public static IEnumerable<KeyRing> All(CountryPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return pack.Agencies.Select(a => For(pack, a.Code)!);
    }
}
