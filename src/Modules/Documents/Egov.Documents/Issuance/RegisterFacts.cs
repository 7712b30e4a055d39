using System.Text.Json.Nodes;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Documents.Issuance;

/// <summary>What a certificate attests, as the facts JSON, and every resident it shows (kept to withdraw it on a correction).</summary>
internal sealed record CertificateRead(JsonObject Facts, IReadOnlyList<ResidentId> Shown);

/// <summary>Reads what a certificate attests from the register view its catalog entry names.</summary>
internal sealed class RegisterFacts(IRegisterExtracts registers)
{
    /// <summary>The facts and the people shown, or null when the registers have no such subject.</summary>
    public async Task<CertificateRead?> ReadAsync(
        DocumentType type, CertificateSubject subject, string language, bool reveal, bool addressHistory, DataPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(subject);
        switch (type.Source)
        {
            case DocumentSources.RealEstate or DocumentSources.Building:
                var property = await registers.ReadPropertyAsync(
                    new PropertyRef(subject.Kind, subject.Id), new ExtractRequest(ExtractSections.None, language, reveal), purpose, cancellationToken);
                return property is null ? null
                    : new(PropertyFacts.From(type.Source, property), [.. property.Owners.Select(o => o.Owner).OfType<ResidentId>().Distinct()]);
            case DocumentSources.Company:
                var company = await registers.ReadCompanyAsync(subject.Id, new ExtractRequest(ExtractSections.None, language, reveal), purpose, cancellationToken);
                return company is null ? null : new(CompanyFacts.From(company), [.. company.Representatives.Select(r => r.Person.Id)]);
            default:
                var person = await registers.ReadPersonAsync(
                    new ResidentId(subject.Id), new ExtractRequest(CertificateFacts.SectionsFor(type.Source, addressHistory), language, reveal), purpose, cancellationToken);
                return person is null ? null : new(CertificateFacts.FromPerson(type.Source, person), [.. new[] { person.Person.Id }
                    .Concat(person.Household?.Members.Select(m => m.Person.Id) ?? [])
                    .Concat(person.Family.Select(r => r.Person.Id))
                    .Distinct()]);
        }
    }
}
