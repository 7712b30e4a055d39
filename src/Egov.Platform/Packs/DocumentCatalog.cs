using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>The certificates the country issues online (<c>documents.yaml</c>), in file order; empty when the pack has none.</summary>
public sealed record DocumentCatalog(IReadOnlyList<DocumentType> Types)
{
    public static DocumentCatalog None { get; } = new([]);

    /// <summary>The type with that code, or null.</summary>
    public DocumentType? Find(string code) => Types.FirstOrDefault(t => t.Code == code);
}

/// <summary>One certificate of the catalog.</summary>
/// <param name="Code">Stable, country-neutral code (<c>family-relation-certificate</c>).</param>
/// <param name="Names">The certificate's title, per language.</param>
/// <param name="Source">Which register view fills it: one of <see cref="DocumentSources.All"/>.</param>
/// <param name="Requesters">Who may request it: <see cref="DocumentRequesters.All"/>.</param>
/// <param name="Issuer">The issuing authority as the certificate names it (an office, its officer), per language.</param>
/// <param name="MaskNumbersByDefault">Whether the private part of identifiers is hidden unless the requester asks otherwise.</param>
/// <param name="AddressHistory">Null when the certificate has no address history; else whether it is included by default.</param>
/// <param name="Purposes">The purposes a requester may state (printed on the certificate); empty when none is asked.</param>
/// <param name="Fees">What issuance costs online and at a counter or kiosk, in the pack's currency.</param>
/// <param name="VerifiableDays">How long after issue anyone can verify it.</param>
/// <param name="Service">The delegable service a power of attorney must name to request it for someone else.</param>
/// <param name="LegalBasis">The law under which the registers are read to issue it: logged with every read, shown to the people read.</param>
public sealed record DocumentType(
    string Code, IReadOnlyDictionary<string, string> Names, string Source, IReadOnlyList<string> Requesters,
    IReadOnlyDictionary<string, string> Issuer, bool MaskNumbersByDefault, bool? AddressHistory, IReadOnlyList<DocumentPurpose> Purposes,
    DocumentFees Fees, int VerifiableDays, string? Service, string LegalBasis)
{
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);

    public string IssuerIn(CultureInfo culture) => LocalName.In(Issuer, culture, Code);
}

/// <summary>A purpose of use a requester may state (submission to a bank, a school…).</summary>
public sealed record DocumentPurpose(string Code, IReadOnlyDictionary<string, string> Names)
{
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>Fees in the pack's currency (major units).</summary>
public sealed record DocumentFees(decimal Online, decimal Counter);

/// <summary>The register views a certificate can be filled from; the Documents module implements each.</summary>
public static class DocumentSources
{
    public const string Household = "household";
    public const string ResidentHistory = "resident-history";
    public const string PersonBasic = "person-basic";
    public const string Family = "family";
    public const string RealEstate = "real-estate";
    public const string Building = "building";
    public const string Company = "company";

    public static IReadOnlyList<string> All { get; } = [Household, ResidentHistory, PersonBasic, Family, RealEstate, Building, Company];
}

/// <summary>Who may request a certificate about someone: the person, people close to them, or anyone for public registers.</summary>
public static class DocumentRequesters
{
    public const string Self = "self";
    public const string HouseholdMember = "household-member";
    public const string FamilyMember = "family-member";
    public const string LegalRepresentative = "legal-representative";
    public const string PowerOfAttorney = "power-of-attorney";
    public const string CompanyRepresentative = "company-representative";
    public const string Anyone = "anyone";

    public static IReadOnlyList<string> All { get; } =
        [Self, HouseholdMember, FamilyMember, LegalRepresentative, PowerOfAttorney, CompanyRepresentative, Anyone];
}
