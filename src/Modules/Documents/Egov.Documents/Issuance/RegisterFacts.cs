using System.Text.Json.Nodes;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Documents.Issuance;

/// <summary>Reads what a certificate attests from the register view its catalog entry names, as the facts JSON.</summary>
internal sealed class RegisterFacts(IRegisterExtracts registers)
{
    /// <summary>The facts, or null when the registers have no such subject.</summary>
    public async Task<JsonObject?> ReadAsync(
        DocumentType type, CertificateSubject subject, string language, bool reveal, bool addressHistory, DataPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(subject);
        switch (type.Source)
        {
            case DocumentSources.RealEstate or DocumentSources.Building:
                var property = await registers.ReadPropertyAsync(
                    new PropertyRef(subject.Kind, subject.Id), new ExtractRequest(ExtractSections.None, language, reveal), purpose, cancellationToken);
                return property is null ? null : PropertyFacts.From(type.Source, property);
            case DocumentSources.Company:
                var company = await registers.ReadCompanyAsync(subject.Id, new ExtractRequest(ExtractSections.None, language, reveal), purpose, cancellationToken);
                return company is null ? null : CompanyFacts.From(company);
            default:
                var person = await registers.ReadPersonAsync(
                    new ResidentId(subject.Id), new ExtractRequest(CertificateFacts.SectionsFor(type.Source, addressHistory), language, reveal), purpose, cancellationToken);
                return person is null ? null : CertificateFacts.FromPerson(type.Source, person);
        }
    }
}
