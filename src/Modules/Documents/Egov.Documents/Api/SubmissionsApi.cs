using System.Security.Claims;
using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Documents.Verifying;
using Egov.Identity.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Api;

/// <summary>
/// What an institution fetches once told a document was sent to it: client-credentials tokens with the scope
/// <c>documents.receive</c>, and only submissions made to the calling client — any other is "not found", so ids
/// reveal nothing. Each fetch is audited and shown to the holder.
/// </summary>
internal static class SubmissionsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = InstitutionApi.Group(endpoints, "/api/v1/documents/submissions");
        api.MapGet("/{id:guid}", async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, HttpContext http, SubmissionFetches fetches, CountryPack pack, TimeProvider time) =>
                await fetches.FetchAsync(id, user, "json", http.RequestAborted) switch
                {
                    { Refused: true } => InstitutionApi.InsufficientScope(http),
                    { Document: { } document, Submission: { } submission } => TypedResults.Ok(new SubmissionResponse(
                        id, submission.Purpose, submission.SubmittedAt.AsUtcOffset(),
                        DocumentsApi.Describe(new VerificationAnswer(DocumentStatuses.Of(document, time.GetUtcNow()), document), pack))),
                    _ => NotFound(),
                })
            .WithName("GetSubmission")
            .WithSummary("A document sent to the calling institution: its status and what it attests, as issued.");
        api.MapGet("/{id:guid}/pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, HttpContext http, SubmissionFetches fetches) =>
                await fetches.FetchAsync(id, user, "pdf", http.RequestAborted) switch
                {
                    { Refused: true } => InstitutionApi.InsufficientScope(http),
                    { Files: { } files, Document: { } document } => TypedResults.File(files.Pdf, "application/pdf", $"{document.Number}.pdf"),
                    _ => NotFound(),
                })
            .WithName("GetSubmissionPdf")
            .WithSummary("The signed PDF of a document sent to the calling institution.");
        api.MapGet("/{id:guid}/credential", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, HttpContext http, SubmissionFetches fetches) =>
                await fetches.FetchAsync(id, user, "credential", http.RequestAborted) switch
                {
                    { Refused: true } => InstitutionApi.InsufficientScope(http),
                    { Files: { } files } => TypedResults.Text(files.Credential, "application/vc+jwt"),
                    _ => NotFound(),
                })
            .WithName("GetSubmissionCredential")
            .WithSummary("The verifiable credential (VC-JWT) of a document sent to the calling institution.");
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No document was sent to you under this id.");
}

/// <summary>A document sent to the calling institution.</summary>
internal sealed record SubmissionResponse(Guid SubmissionId, string? Purpose, DateTimeOffset SubmittedAt, VerifyResponse Document);

/// <summary>An institution's fetch: refused (the token cannot call the API), not found (all null), or the submission with its document and files.</summary>
internal sealed record SubmissionFetch(bool Refused, Submission? Submission, IssuedDocument? Document, DocumentFile? Files);

/// <summary>Finds what was sent to the calling client, records the first fetch for the holder, and audits each one.</summary>
internal sealed class SubmissionFetches(DocumentsDbContext db, IAuditLog audit, TimeProvider time)
{
    public async Task<SubmissionFetch> FetchAsync(Guid id, ClaimsPrincipal user, string what, CancellationToken cancellationToken)
    {
        if (ClientCaller.From(user, IdentityScopes.DocumentsReceive) is not { } caller)
        {
            return new SubmissionFetch(true, null, null, null);
        }

        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == id && s.ClientId == caller.ClientId, cancellationToken);
        if (submission is null)
        {
            return new SubmissionFetch(false, null, null, null);
        }

        submission.FetchedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Sequence == submission.DocumentSequence, cancellationToken);
        var files = what == "json" ? null : await db.Files.AsNoTracking().SingleAsync(f => f.Sequence == submission.DocumentSequence, cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(caller.Reference, $"documents.submission.fetch.{what}", $"document:{document.Id}", Purpose: submission.Purpose), cancellationToken);
        return new SubmissionFetch(false, submission, document, files);
    }
}
