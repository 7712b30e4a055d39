using System.Globalization;
using System.Text.Json.Nodes;
using Egov.Documents.Rendering;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.Extensions.Localization;

namespace Egov.Documents.Issuance;

/// <summary>
/// Writes a certificate's facts (<see cref="CertificateFacts"/>) as the tables the PDF prints and /verify shows,
/// in the current culture: the same words on paper and on screen.
/// </summary>
internal sealed class CertificateSections(IStringLocalizer texts, CultureFormat format, CountryPack pack)
{
    public IReadOnlyList<CertificateSection> Write(JsonObject facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var sections = new List<CertificateSection>();
        if (facts["person"] is JsonObject person)
        {
            var died = person["diedOn"] is not null;
            sections.Add(Section("person",
                died ? ["name", "birthDate", "sex", "identifier", "diedOn"] : ["name", "birthDate", "sex", "identifier"],
                [PersonCells(person, died ? ["diedOn"] : [])]));
        }

        if (facts["address"] is JsonObject address)
        {
            sections.Add(Section("address", ["address", "movedIn"], [[Text(address, "address"), Date(address, "movedInOn")]]));
        }

        if (facts["household"]?["members"] is JsonArray members)
        {
            sections.Add(Section("household", ["relationToHead", "name", "birthDate", "identifier"],
                [.. members.OfType<JsonObject>().Select(m =>
                    (IReadOnlyList<string>)[Code("registries.relation", m, "relationToHead"), Text(m, "name"), Date(m, "birthDate"), Text(m, "identifier")])]));
        }

        if (facts["family"] is JsonArray family)
        {
            sections.Add(Section("family", ["relation", "name", "birthDate", "identifier", "sex"],
                [.. family.OfType<JsonObject>().Select(r =>
                    (IReadOnlyList<string>)[Code("documents.relation", r, "relation"), NameWithDeath(r), Date(r, "birthDate"), Text(r, "identifier"), Code("registries.sex", r, "sex")])]));
        }

        if (facts["addressHistory"] is JsonArray history)
        {
            sections.Add(Section("addressHistory", ["address", "movedIn", "movedOut"],
                [.. history.OfType<JsonObject>().Select(a => (IReadOnlyList<string>)[Text(a, "address"), Date(a, "movedInOn"), Date(a, "movedOutOn")])]));
        }

        WritePropertyAndCompany(facts, sections);
        return sections;
    }

    private void WritePropertyAndCompany(JsonObject facts, List<CertificateSection> sections)
    {
        if (facts["property"] is JsonObject property)
        {
            sections.Add(Section("land", ["location", "landCategory", "landArea"],
                [[Text(property, "location"), LandCategory(Text(property, "landCategory")), Area(property, "landAreaM2")]]));
            if (property["building"] is JsonObject building)
            {
                sections.Add(Section("building", ["buildingName", "buildingUse", "floors", "floorArea", "completedOn"],
                    [[Text(building, "name"), BuildingUse(Text(building, "use")), Whole(building, "floors"), Area(building, "floorAreaM2"), Date(building, "completedOn")]]));
            }
        }

        if (facts["owners"] is JsonArray owners)
        {
            var disposed = owners.OfType<JsonObject>().Any(o => o["disposedOn"] is not null);
            sections.Add(Section("owners", disposed ? ["name", "ownerIdentifier", "share", "cause", "acquiredOn", "disposedOn"] : ["name", "ownerIdentifier", "share", "cause", "acquiredOn"],
                [.. owners.OfType<JsonObject>().Select(o => (IReadOnlyList<string>)[
                    Text(o, "name"), Text(o, "identifier"), Text(o, "share"), Code("registries.my.property.cause", o, "cause"), Date(o, "acquiredOn"),
                    .. disposed ? [Date(o, "disposedOn")] : Array.Empty<string>()])]));
        }

        if (facts["encumbrances"] is JsonArray rights)
        {
            // A register says so when a part has no entries, rather than leaving it blank.
            sections.Add(Section("encumbrances", ["right", "amount", "creditor", "registeredOn", "cancelledOn"], rights.Count == 0
                ? [[texts["documents.cert.noEntries"], "", "", "", ""]]
                : [.. rights.OfType<JsonObject>().Select(r => (IReadOnlyList<string>)[
                    Code("registries.my.encumbrance", r, "kind"), Amount(r, "amount"), Text(r, "creditor"), Date(r, "registeredOn"), Date(r, "cancelledOn")])]));
        }

        if (facts["company"] is JsonObject company)
        {
            var closed = company["closedOn"] is not null;
            sections.Add(Section("company", closed ? ["companyName", "businessNumber", "address", "foundedOn", "closedOn"] : ["companyName", "businessNumber", "address", "foundedOn"],
                [[Text(company, "name"), Text(company, "businessNumber"), Text(company, "address"), Date(company, "foundedOn"), .. closed ? [Date(company, "closedOn")] : Array.Empty<string>()]]));
        }

        if (facts["representatives"] is JsonArray representatives)
        {
            sections.Add(Section("representatives", ["name", "birthDate", "identifier", "since"],
                [.. representatives.OfType<JsonObject>().Select(r => (IReadOnlyList<string>)[Text(r, "name"), Date(r, "birthDate"), Text(r, "identifier"), Date(r, "since")])]));
        }
    }

    private string LandCategory(string code) => pack.Population?.LandCategories.FirstOrDefault(c => c.Code == code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    private string BuildingUse(string code) => pack.Population?.BuildingUses.FirstOrDefault(u => u.Code == code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    private string Area(JsonObject json, string name) => json[name] is JsonValue value ? texts["documents.cert.area", format.Number(value.GetValue<decimal>(), 2)] : "";

    private string Whole(JsonObject json, string name) => json[name] is JsonValue value ? format.Number(value.GetValue<decimal>()) : "";

    /// <summary>An amount kept in the currency's smallest unit, written in its major unit.</summary>
    private string Amount(JsonObject json, string name) =>
        json[name] is JsonValue value ? format.Money(value.GetValue<decimal>() / (decimal)Math.Pow(10, pack.Currency.Decimals)) : "";

    private IReadOnlyList<string> PersonCells(JsonObject person, string[] extra) =>
        [Text(person, "name") + (person["latinName"] is { } latin ? $" ({latin})" : ""), Date(person, "birthDate"),
         Code("registries.sex", person, "sex"), Text(person, "identifier"), .. extra.Select(e => Date(person, e))];

    private CertificateSection Section(string name, string[] columns, IReadOnlyList<IReadOnlyList<string>> rows) =>
        new(texts[$"documents.cert.section.{name}"], [.. columns.Select(c => texts[$"documents.cert.column.{c}"].Value)], rows);

    private string NameWithDeath(JsonObject person) =>
        person["diedOn"] is null ? Text(person, "name") : $"{Text(person, "name")} ({texts["registries.status.deceased"]})";

    private static string Text(JsonObject json, string name) => json[name]?.GetValue<string>() ?? "";

    private string Date(JsonObject json, string name) =>
        json[name]?.GetValue<string>() is { } iso && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? format.Date(date)
            : "";

    private string Code(string prefix, JsonObject json, string name) =>
        json[name]?.GetValue<string>() is { } code && texts[$"{prefix}.{code}"] is { ResourceNotFound: false } text ? text.Value : Text(json, name);
}
