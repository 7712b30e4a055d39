namespace Egov.Documents.Rendering;

/// <summary>
/// What one certificate page shows, already written in the document's language and masked as issued. The pack and
/// the issuance service decide every word; the renderer only lays it out, so it knows nothing of any country.
/// </summary>
/// <param name="Title">The certificate's name as the pack writes it (주민등록표 등본).</param>
/// <param name="Language">BCP 47 language of the text (ko, en, ja): picks the fonts.</param>
/// <param name="Header">Lines above the tables: document number, issue time, purpose…</param>
/// <param name="Sections">The attested facts, one table each (the person, the household, the address history…).</param>
/// <param name="Attestation">The closing statement that the copy matches the register.</param>
/// <param name="IssuedOn">The issue date as the pack writes dates.</param>
/// <param name="Issuer">The issuing authority as the certificate names it.</param>
/// <param name="QrPayload">The offline-verifiable signed payload the QR code carries.</param>
/// <param name="VerifyNote">How to verify online: the address of /verify and the document number.</param>
internal sealed record CertificateContent(
    string Title,
    string Language,
    IReadOnlyList<LabelledValue> Header,
    IReadOnlyList<CertificateSection> Sections,
    string Attestation,
    string IssuedOn,
    string Issuer,
    string QrPayload,
    string VerifyNote);

internal sealed record LabelledValue(string Label, string Value);

/// <summary>A table of the certificate: a heading, column titles and rows of cells (as many cells as columns).</summary>
internal sealed record CertificateSection(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
