using System.Text.Json.Nodes;
using Egov.Registries.Contracts;
using static Egov.Documents.Issuance.CertificateFacts;

namespace Egov.Documents.Issuance;

/// <summary>What a certificate of business registration attests: the company as registered and its representatives.</summary>
internal static class CompanyFacts
{
    public static JsonObject From(CompanyExtract extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var company = new JsonObject { ["name"] = extract.Name, ["businessNumber"] = extract.BusinessNumber };
        WithField(company, "address", extract.Address);
        WithField(company, "foundedOn", extract.FoundedOn is { } founded ? Iso(founded) : null);
        WithField(company, "closedOn", extract.ClosedOn is { } closed ? Iso(closed) : null);
        return new JsonObject
        {
            ["company"] = company,
            ["representatives"] = new JsonArray([.. extract.Representatives.Select(r =>
                WithField(Person(r.Person), "since", r.Since is { } since ? Iso(since) : null))]),
        };
    }
}
