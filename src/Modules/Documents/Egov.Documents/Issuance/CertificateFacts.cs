using System.Globalization;
using System.Text.Json.Nodes;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Documents.Issuance;

/// <summary>
/// What a certificate attests, as language-neutral JSON (codes and ISO dates; addresses already written in the
/// document's language): stored with the document, carried by its verifiable credential, shown again on /verify.
/// One structure for every person certificate; which parts are present depends on the catalog entry's source.
/// Properties and companies: <see cref="PropertyFacts"/>, <see cref="CompanyFacts"/>.
/// </summary>
internal static class CertificateFacts
{
    /// <summary>The register sections a certificate of this source needs.</summary>
    public static ExtractSections SectionsFor(string source, bool addressHistory) => source switch
    {
        DocumentSources.Household => ExtractSections.Household | (addressHistory ? ExtractSections.AddressHistory : 0),
        DocumentSources.ResidentHistory => addressHistory ? ExtractSections.AddressHistory : ExtractSections.None,
        DocumentSources.PersonBasic => ExtractSections.None,
        DocumentSources.Family => ExtractSections.Family,
        _ => throw new NotSupportedException($"Certificates from the '{source}' register view are not issued yet."),
    };

    /// <summary>Whether certificates of that source are about a person.</summary>
    public static bool IsAboutPerson(string source) =>
        source is DocumentSources.Household or DocumentSources.ResidentHistory or DocumentSources.PersonBasic or DocumentSources.Family;

    public static JsonObject FromPerson(string source, PersonExtract extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var facts = new JsonObject { ["person"] = Person(extract.Person) };
        if (source is DocumentSources.Household or DocumentSources.ResidentHistory && extract.CurrentAddress is { } address)
        {
            facts["address"] = Address(address);
        }

        if (extract.Household is { } household)
        {
            facts["household"] = new JsonObject
            {
                ["formedOn"] = Iso(household.FormedOn),
                ["members"] = new JsonArray([.. household.Members.Select(m => WithField(Person(m.Person), "relationToHead", m.RelationToHead))]),
            };
        }

        if (extract.Family.Count > 0)
        {
            facts["family"] = new JsonArray([.. extract.Family.Select(r => WithField(Person(r.Person), "relation", r.Relation))]);
        }

        if (extract.PastAddresses.Count > 0)
        {
            facts["addressHistory"] = new JsonArray([.. extract.PastAddresses.Select(Address)]);
        }

        return facts;
    }

    public static JsonObject Person(ExtractPerson person)
    {
        var json = new JsonObject { ["name"] = person.Name };
        if (person.LatinName is { } latin)
        {
            json["latinName"] = latin;
        }

        json["birthDate"] = Iso(person.BirthDate);
        json["sex"] = person.Sex;
        if (person.Identifier is { } identifier)
        {
            json["identifier"] = identifier;
        }

        if (person.DiedOn is { } died)
        {
            json["diedOn"] = Iso(died);
        }

        return json;
    }

    private static JsonNode Address(ExtractAddress address)
    {
        var json = new JsonObject { ["address"] = address.Address, ["movedInOn"] = Iso(address.MovedInOn) };
        if (address.MovedOutOn is { } outOn)
        {
            json["movedOutOn"] = Iso(outOn);
        }

        return json;
    }

    public static JsonObject WithField(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }

        return json;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
