using System.Globalization;
using System.Text.Json.Nodes;
using Egov.Documents.Credentials;
using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Documents.Pdf;
using Egov.Documents.Rendering;
using Egov.Documents.TimeStamping;
using Egov.Platform.Audit;
using Egov.Platform.Keys;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Egov.Platform.Pdf;
using Egov.Registries.Contracts;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Egov.Documents.Issuance;

/// <summary>
/// Issues a certificate: reads the registers (each person shown is logged for them), fixes the facts, and makes
/// the three forms of the same document — a PAdES-signed PDF with a time-stamp, a VC-JWT, and the offline QR
/// payload printed on the PDF — then stores it and audits the issuance. Nothing is stored when any step fails.
/// </summary>
internal sealed class DocumentIssuer(
    CountryPack pack,
    RegisterFacts registers,
    DocumentsDbContext db,
    IKeyStore keys,
    ITimeStampAuthority timeStamps,
    PadesSigner signer,
    IAuditLog audit,
    IStringLocalizer texts,
    CultureFormat format,
    IOptions<DocumentsOptions> options,
    TimeProvider time)
{
    public const string AuditAction = "documents.certificate.issue";

    public async Task<IssueResult> IssueAsync(IssueRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Check(request) is { } refusal)
        {
            return IssueResult.Refused(refusal);
        }

        var type = pack.Documents.Find(request.TypeCode)!;
        var addressHistory = request.AddressHistory ?? type.AddressHistory ?? false;
        var reveal = request.RevealIdentifiers ?? !type.MaskNumbersByDefault;
        var read = await registers.ReadAsync(
            type, request.Subject, request.Language, reveal, addressHistory, new DataPurpose(request.Actor, AuditAction, type.LegalBasis), cancellationToken);
        if (read is null)
        {
            return IssueResult.Refused(IssueRefusals.UnknownSubject);
        }

        var now = time.GetUtcNow();
        var document = new IssuedDocument
        {
            Id = Guid.CreateVersion7(now),
            Number = DocumentNumber.New(),
            TypeCode = type.Code,
            SubjectKind = request.Subject.Kind,
            SubjectId = request.Subject.Id,
            HolderId = request.Holder.Value,
            RequestedAs = request.RequestedAs,
            Language = request.Language,
            IdentifiersRevealed = reveal,
            AddressHistory = addressHistory,
            Purpose = request.Purpose,
            Facts = read.Facts.ToJsonString(),
            IssuedAt = now.UtcDateTime,
            VerifiableUntil = now.AddDays(type.VerifiableDays).UtcDateTime,
        };

        var signing = new IssuingKeys(
            await keys.GetCurrentAsync(KeyRing.DocumentSigning, cancellationToken),
            await keys.GetCurrentAsync(KeyRing.Credentials, cancellationToken));
        // The PDF (with its QR code) needs nothing from the database; drawn, signed and time-stamped before the write
        // transaction, which then holds only the two inserts and the credential (its status-list place is the new
        // sequence). Keys are made on first use, which writes: that too happens before, as SQLite has one writer.
        var pdf = await SignedPdfAsync(type, document, signing, cancellationToken);
        DocumentFile files;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Documents.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            files = new DocumentFile { Sequence = document.Sequence, Pdf = pdf, Credential = Credential(type, document, signing.Credential) };
            db.Files.Add(files);
            db.ShownPeople.AddRange(read.Shown.Select(p => new ShownPerson { DocumentSequence = document.Sequence, ResidentId = p.Value }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // The audit log commits on its own connection: written after ours, as SQLite allows one writer at a time.
        await audit.AppendAsync(
            new AuditRecord(request.Actor, AuditAction, $"document:{document.Id}", request.OnBehalfOf, AuditAction, type.LegalBasis),
            cancellationToken);
        return new IssueResult(document, files, null);
    }

    private string? Check(IssueRequest request)
    {
        if (pack.Documents.Find(request.TypeCode) is not { } type)
        {
            return IssueRefusals.UnknownType;
        }

        return !request.Subject.Fits(type.Source) ? IssueRefusals.WrongSubject
            : !type.Requesters.Contains(request.RequestedAs) ? IssueRefusals.RequesterNotAllowed
            : request.Purpose is not null && type.Purposes.All(p => p.Code != request.Purpose) ? IssueRefusals.UnknownPurpose
            : !pack.Languages.Contains(request.Language) ? IssueRefusals.UnknownLanguage
            : request.AddressHistory is true && type.AddressHistory is null ? IssueRefusals.NoAddressHistory
            : null;
    }

    private sealed record IssuingKeys(SigningKey Document, SigningKey Credential);

    private async Task<byte[]> SignedPdfAsync(DocumentType type, IssuedDocument document, IssuingKeys signing, CancellationToken cancellationToken)
    {
        var facts = JsonNode.Parse(document.Facts)!.AsObject();
        var issuedAt = document.IssuedAt.AsUtcOffset();
        var until = document.VerifiableUntil.AsUtcOffset();
        var publicUrl = options.Value.PublicUrl;

        CertificateContent content;
        using (new CultureScope(document.Language))
        {
            var culture = CultureInfo.CurrentCulture;
            var sections = new CertificateSections(texts, format, pack).Write(facts);
            var qr = OfflinePayload.Encode(
                new OfflineDocument(document.Number, type.Code, issuedAt, until, facts, Summary(type, culture, sections)),
                IssuerDid.FromBaseUrl(publicUrl), signing.Credential);
            content = new CertificateContent(
                type.NameIn(culture),
                document.Language,
                Header(type, document, culture, issuedAt),
                sections,
                Attestation(type),
                LocalDate(issuedAt),
                type.IssuerIn(culture),
                qr,
                texts["documents.cert.verifyNote", new Uri(publicUrl, "verify").ToString(), LocalDate(until)]);
        }

        return await signer.SignAsync(CertificatePdf.Render(content, document.Number, issuedAt), signing.Document, timeStamps, cancellationToken);
    }

    private string Credential(DocumentType type, IssuedDocument document, SigningKey key) =>
        new CredentialIssuer(options.Value.PublicUrl).Issue(
            new CredentialRequest(document.Id, type.Code, document.Number, document.IssuedAt.AsUtcOffset(), document.VerifiableUntil.AsUtcOffset(),
                JsonNode.Parse(document.Facts)!.AsObject(), StatusPosition.OfSequence(document.Sequence)),
            key);

    /// <summary>A date as the pack's clock shows it, written as the document's language writes dates.</summary>
    private string LocalDate(DateTimeOffset instant) => format.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, pack.TimeZone).DateTime));

    private List<LabelledValue> Header(DocumentType type, IssuedDocument document, CultureInfo culture, DateTimeOffset issuedAt)
    {
        var header = new List<LabelledValue>
        {
            new(texts["documents.cert.number"], document.Number),
            new(texts["documents.cert.issuedAt"], format.DateTime(issuedAt)),
        };
        if (document.Purpose is { } purpose && type.Purposes.FirstOrDefault(p => p.Code == purpose) is { } stated)
        {
            header.Add(new(texts["documents.cert.purpose"], stated.NameIn(culture)));
        }

        return header;
    }

    private string Attestation(DocumentType type) =>
        texts[$"documents.cert.attestation.{type.Code}"] is { ResourceNotFound: false } own ? own.Value : texts["documents.cert.attestation"].Value;

    /// <summary>
    /// What the QR code shows offline, most telling first: the certificate's name, then each table's rows (a
    /// one-row table as label and value per column; longer ones a row per line). The encoder drops lines from the
    /// end when they do not fit.
    /// </summary>
    private static List<LabelledValue> Summary(DocumentType type, CultureInfo culture, IReadOnlyList<CertificateSection> sections)
    {
        var summary = new List<LabelledValue> { new("", type.NameIn(culture)) };
        foreach (var section in sections)
        {
            if (section.Rows.Count == 1)
            {
                summary.AddRange(section.Columns.Zip(section.Rows[0]).Where(c => c.Second.Length > 0).Select(c => new LabelledValue(c.First, c.Second)));
                continue;
            }

            summary.AddRange(section.Rows.Select(row => new LabelledValue(row[0], string.Join(" · ", row.Skip(1).Where(cell => cell.Length > 0)))));
        }

        return summary;
    }
}
