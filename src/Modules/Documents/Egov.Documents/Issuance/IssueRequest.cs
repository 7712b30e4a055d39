using Egov.Documents.Domain;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Documents.Issuance;

/// <summary>A request for a certificate about a person, a property or a company.</summary>
/// <param name="TypeCode">A code of the pack's catalog.</param>
/// <param name="Subject">Whom or what it is about.</param>
/// <param name="Holder">Who receives it in their wallet: the subject, or the person asking for them.</param>
/// <param name="RequestedAs">How the holder may ask (a requester code of the catalog); the caller has established it.</param>
/// <param name="Language">A language of the pack; the certificate is written in it.</param>
/// <param name="RevealIdentifiers">True to print identifiers in full; otherwise as the catalog entry's default masks them.</param>
/// <param name="AddressHistory">Include past addresses; null for the catalog entry's default.</param>
/// <param name="Purpose">A purpose code of the entry, printed on the certificate; null when none is stated.</param>
/// <param name="Actor">Who issues, as audit entries name them (<c>account:…</c>, <c>operator:…</c>).</param>
/// <param name="OnBehalfOf">The party represented, when the actor acts for someone.</param>
internal sealed record IssueRequest(
    string TypeCode, CertificateSubject Subject, ResidentId Holder, string RequestedAs, string Language,
    bool? RevealIdentifiers, bool? AddressHistory, string? Purpose, string Actor, string? OnBehalfOf);

/// <summary>Whom or what a certificate is about: a <see cref="SubjectKinds"/> kind and a register id.</summary>
internal sealed record CertificateSubject(string Kind, Guid Id)
{
    public static CertificateSubject Of(ResidentId resident) => new(SubjectKinds.Resident, resident.Value);

    public static CertificateSubject Of(PropertyRef property) => new(property?.Kind ?? throw new ArgumentNullException(nameof(property)), property.Id);

    public static CertificateSubject OfCompany(Guid company) => new(SubjectKinds.Company, company);

    /// <summary>Whether a certificate filled from that register view can be about this subject.</summary>
    public bool Fits(string source) => source switch
    {
        DocumentSources.RealEstate => Kind is SubjectKinds.Parcel or SubjectKinds.Building,
        DocumentSources.Building => Kind == SubjectKinds.Building,
        DocumentSources.Company => Kind == SubjectKinds.Company,
        _ => Kind == SubjectKinds.Resident,
    };
}

/// <summary>Why a certificate was not issued: a stable code, explained to people by the texts <c>documents.issue.refused.{code}</c>.</summary>
internal static class IssueRefusals
{
    public const string UnknownType = "unknown-type";
    public const string WrongSubject = "wrong-subject";
    public const string RequesterNotAllowed = "requester-not-allowed";
    public const string UnknownPurpose = "unknown-purpose";
    public const string UnknownLanguage = "unknown-language";
    public const string NoAddressHistory = "no-address-history";
    public const string UnknownSubject = "unknown-subject";
}

/// <summary>An issued certificate with its files, or the reason it was refused.</summary>
internal sealed record IssueResult(Domain.IssuedDocument? Document, Domain.DocumentFile? Files, string? Refusal)
{
    public static IssueResult Refused(string refusal) => new(null, null, refusal);
}
