using System.Globalization;
using Egov.Documents.Domain;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Documents.Issuance;

/// <summary>A certificate about a property or company on offer: the option's value names the type and the subject.</summary>
internal sealed record HoldingChoice(DocumentType Type, CertificateSubject Subject, string RequestedAs, string Label)
{
    public string Value => $"{Type.Code}|{Subject.Kind}|{Subject.Id}";
}

/// <summary>
/// What the wallet offers besides certificates about the acting subject: certificates about the property and companies
/// the subject holds, and about the people close to the signed-in person, each with the requester code the catalog
/// must list. Reading either is logged for the person read, as the subject's (or their delegate's) own access.
/// </summary>
internal sealed class WalletOffers(CountryPack pack, IRegisterExtracts registers, IActingContext acting)
{
    /// <summary>Reading who is close to a person to offer certificates about them: logged for the person under this purpose.</summary>
    private const string ClosePeoplePurpose = "documents.wallet.close-people";

    /// <summary>Reading what a person holds to offer certificates about it: logged for them under this purpose.</summary>
    private const string HoldingsPurpose = "documents.wallet.holdings";

    /// <summary>The data subject's own access (or their delegate's, logged as such); words on the access page.</summary>
    private const string MyDataBasis = "data-subject-access";

    /// <summary>The people close to the signed-in person (the holder), read for them and logged under <paramref name="actor"/>.</summary>
    public Task<IReadOnlyList<ClosePerson>> CloseToAsync(Guid holder, string actor, CancellationToken cancellationToken) =>
        registers.CloseToAsync(new ResidentId(holder), new DataPurpose(actor, ClosePeoplePurpose, MyDataBasis), cancellationToken);

    /// <summary>How the signed-in person may ask for this certificate about someone close; null when the catalog does not let them.</summary>
    public static string? CloseRequesterFor(DocumentType type, ClosePerson person) =>
        person.InHousehold && type.Requesters.Contains(DocumentRequesters.HouseholdMember) ? DocumentRequesters.HouseholdMember
        : person.Relative && type.Requesters.Contains(DocumentRequesters.FamilyMember) ? DocumentRequesters.FamilyMember
        : null;

    /// <summary>Each certificate the signed-in person may ask for about each property or company the subject holds.</summary>
    public async Task<IReadOnlyList<HoldingChoice>> HoldingChoicesAsync(Guid subject, string actor, CancellationToken cancellationToken)
    {
        var types = pack.Documents.Types.Where(t => !CertificateFacts.IsAboutPerson(t.Source)).ToList();
        if (types.Count == 0)
        {
            return [];
        }

        var holdings = await registers.HoldingsAsync(
            new ResidentId(subject), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            new DataPurpose(actor, HoldingsPurpose, MyDataBasis), cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var held = holdings.Properties.Select(p => (Subject: CertificateSubject.Of(p.Property), Label: p.Name is { } n ? $"{p.Location} ({n})" : p.Location))
            .Concat(holdings.Companies.Select(c => (Subject: CertificateSubject.OfCompany(c.Id), Label: $"{c.Name} ({c.BusinessNumber})")))
            .ToList();
        return [.. from type in types
                   from h in held
                   where h.Subject.Fits(type.Source)
                   let requester = HolderRequesterFor(type, h.Subject)
                   where requester is not null
                   select new HoldingChoice(type, h.Subject, requester, $"{type.NameIn(culture)} — {h.Label}")];
    }

    /// <summary>How the signed-in person may ask for a certificate about a holding of the subject; null when they may not.</summary>
    private string? HolderRequesterFor(DocumentType type, CertificateSubject holding)
    {
        if (type.Requesters.Contains(DocumentRequesters.Anyone))
        {
            return DocumentRequesters.Anyone;
        }

        // Holdings list only the companies the subject represents now, so a company here is one they represent.
        var requester = holding.Kind != SubjectKinds.Company ? null : acting.Kind switch
        {
            null => DocumentRequesters.CompanyRepresentative,
            DelegationKind.PowerOfAttorney when type.Service is { } service && acting.Allows(service) => DocumentRequesters.PowerOfAttorney,
            _ => null,
        };
        return requester is not null && type.Requesters.Contains(requester) ? requester : null;
    }
}
