using System.Globalization;
using System.Text.Json.Nodes;
using Egov.Documents.Rendering;
using Egov.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Egov.Documents.Issuance;

/// <summary>
/// Writes a certificate's facts (<see cref="CertificateFacts"/>) as the tables the PDF prints and /verify shows,
/// in the current culture: the same words on paper and on screen.
/// </summary>
internal sealed class CertificateSections(IStringLocalizer texts, CultureFormat format)
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

        return sections;
    }

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
