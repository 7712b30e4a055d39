using Egov.Registries.Contracts;

namespace Egov.Documents.Issuance;

/// <summary>A request for a certificate about a person.</summary>
/// <param name="TypeCode">A code of the pack's catalog.</param>
/// <param name="Subject">Whom it is about.</param>
/// <param name="Holder">Who receives it in their wallet: the subject, or the person asking for them.</param>
/// <param name="RequestedAs">How the holder may ask (a requester code of the catalog); the caller has established it.</param>
/// <param name="Language">A language of the pack; the certificate is written in it.</param>
/// <param name="RevealIdentifiers">True to print identifiers in full; otherwise as the catalog entry's default masks them.</param>
/// <param name="AddressHistory">Include past addresses; null for the catalog entry's default.</param>
/// <param name="Purpose">A purpose code of the entry, printed on the certificate; null when none is stated.</param>
/// <param name="Actor">Who issues, as audit entries name them (<c>account:…</c>, <c>operator:…</c>).</param>
/// <param name="OnBehalfOf">The party represented, when the actor acts for someone.</param>
internal sealed record IssueRequest(
    string TypeCode, ResidentId Subject, ResidentId Holder, string RequestedAs, string Language,
    bool? RevealIdentifiers, bool? AddressHistory, string? Purpose, string Actor, string? OnBehalfOf);

/// <summary>Why a certificate was not issued: a stable code, explained to people by the texts <c>documents.issue.refused.{code}</c>.</summary>
internal static class IssueRefusals
{
    public const string UnknownType = "unknown-type";
    public const string NotIssuedOnline = "not-issued-online";
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
