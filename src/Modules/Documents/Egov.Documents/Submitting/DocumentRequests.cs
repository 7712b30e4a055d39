using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Documents.Issuance;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Submitting;

/// <summary>Why an institution's request was refused: a stable code the API explains.</summary>
internal static class RequestRefusals
{
    public const string NotARecipient = "not-a-recipient";
    public const string UnknownType = "unknown-type";
    public const string UnknownPurpose = "unknown-purpose";
    public const string UnknownPerson = "unknown-person";
}

/// <summary>
/// Institutions asking a person for a document: the request waits in the person's wallet; approving issues the
/// certificate to them and sends it to the institution in one step; the institution reads the answer from its
/// request. Nothing is issued or sent without the person.
/// </summary>
internal sealed class DocumentRequests(
    DocumentsDbContext db, CountryPack pack, IResidentDirectory residents, DocumentIssuer issuer, DocumentSubmissions submissions, IAuditLog audit, TimeProvider time)
{
    public const string Approved = "approved";
    public const string Declined = "declined";

    /// <summary>Files the request; the request, or the refusal code.</summary>
    public async Task<(DocumentRequest? Request, string? Refusal)> AskAsync(
        string clientId, string personalIdentifier, string name, string typeCode, string? purpose, CancellationToken cancellationToken)
    {
        if (!await db.Recipients.AnyAsync(r => r.ClientId == clientId, cancellationToken))
        {
            return (null, RequestRefusals.NotARecipient);
        }

        if (pack.Documents.Find(typeCode) is not { } type || !CertificateFacts.IsAboutPerson(type.Source) || !type.Requesters.Contains(DocumentRequesters.Self))
        {
            return (null, RequestRefusals.UnknownType);
        }

        if (purpose is not null && type.Purposes.All(p => p.Code != purpose))
        {
            return (null, RequestRefusals.UnknownPurpose);
        }

        var person = await residents.FindByIdentifierAndNameAsync(
            personalIdentifier, name, new DataPurpose($"client:{clientId}", "documents.request", type.LegalBasis), cancellationToken);
        if (person is null)
        {
            return (null, RequestRefusals.UnknownPerson);
        }

        var request = new DocumentRequest
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), ClientId = clientId, ResidentId = person.Id.Value, TypeCode = type.Code, Purpose = purpose,
            RequestedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord($"client:{clientId}", "documents.request.ask", $"resident:{person.Id.Value}", Purpose: purpose), cancellationToken);
        return (request, null);
    }

    /// <summary>The institution's view of its own request; null for another client's or an unknown one.</summary>
    public async Task<DocumentRequest?> OfClientAsync(Guid id, string clientId, CancellationToken cancellationToken) =>
        await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.ClientId == clientId, cancellationToken);

    /// <summary>Requests waiting for the person, oldest first.</summary>
    public async Task<IReadOnlyList<DocumentRequest>> PendingForAsync(Guid residentId, CancellationToken cancellationToken) =>
        await db.Requests.AsNoTracking().Where(r => r.ResidentId == residentId && r.Answer == null)
            .OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// The person's answer. Approving issues the certificate to them (masked as the catalog prefers) and sends it;
    /// false when no such request waits for them.
    /// </summary>
    public async Task<bool> AnswerAsync(Guid id, Guid residentId, bool approve, string language, string actor, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == id && r.ResidentId == residentId && r.Answer == null, cancellationToken);
        if (request is null)
        {
            return false;
        }

        IssuedDocument? document = null;
        if (approve)
        {
            var person = new ResidentId(residentId);
            var issued = await issuer.IssueAsync(
                new IssueRequest(request.TypeCode, CertificateSubject.Of(person), person, DocumentRequesters.Self, language, null, null, request.Purpose, actor, null), cancellationToken);
            document = issued.Document
                ?? throw new InvalidOperationException($"The requested certificate could not be issued: {issued.Refusal}.");
            request.SubmissionId = submissions.Stage(document, request.ClientId, request.Purpose).Id;
        }

        // The answer, the submission and its webhook notice are stored together (the issuance committed on its own).
        request.Answer = approve ? Approved : Declined;
        request.AnsweredAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        if (document is not null)
        {
            await submissions.AuditAsync(document, request.Purpose, actor, cancellationToken);
        }

        await audit.AppendAsync(new AuditRecord(actor, $"documents.request.{request.Answer}", $"request:{request.Id}"), cancellationToken);
        return true;
    }
}
