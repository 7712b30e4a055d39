using System.ComponentModel;
using System.Security.Claims;
using Egov.Approvals.Data;
using Egov.Approvals.Documents;
using Egov.Approvals.Drafting;
using Egov.Approvals.Domain;
using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Localization;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace Egov.Approvals.Api;

/// <summary>A document another system submits for approval (linked approval, 연계 결재).</summary>
internal sealed record LinkedDocument(
    [property: Description("Employee number of the official who drafts and submits it; the line is proposed from their department.")] string? Drafter,
    [property: Description("A document type code of the pack: general, expenditure, contract, personnel, regulation.")] string? DocumentType,
    [property: Description("The amount committed, required for types that commit money.")] decimal? Amount,
    [property: Description("A classification code; the type's default when absent.")] string? Classification,
    [property: Description("A retention code (permanent, years-30 … years-1); the classification's default when absent.")] string? Retention,
    [property: Description("Title (제목).")] string? Title,
    [property: Description("Content, plain text.")] string? Content,
    [property: Description("Names of the attachments (붙임).")] IReadOnlyList<string>? Attachments,
    [property: Description("Recipients outside the platform (수신) as written: printed, not dispatched.")] string? Recipients,
    [property: Description("Published with the officials' names once approved.")] bool IsPublic = false,
    [property: Description("Codes of the pack's agencies the approved document is dispatched to (수신 기관); none for an internal document.")]
    IReadOnlyList<string>? RecipientAgencies = null);

/// <summary>Where a submitted document stands.</summary>
internal sealed record LinkedDocumentStatus(
    Guid DocumentId, string Status, string? DocumentNumber, DateOnly? EnforcedOn, int Round, IReadOnlyList<LinkedStepStatus> Line);

/// <summary>One step of its current line.</summary>
internal sealed record LinkedStepStatus(string Kind, string Assignee, string State, bool Delegated, bool Proxy, DateTime? ActedAt);

/// <summary>
/// <c>/api/v1/approvals/documents</c>: agency systems (client credentials, scope <c>approvals.submit</c>) submit a
/// document in the name of one of their officials, who finds it submitted in their inbox, and follow its status.
/// An <c>Idempotency-Key</c> header makes a retried submission the same document; a client sees only its own, and
/// names only officials of the agencies the deployment registered it for (<see cref="ApprovalsOptions"/>).
/// </summary>
internal static class LinkedApprovalApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/approvals/documents").WithTags("Approvals: linked approval")
            .RequireRateLimiting(WebConventionsExtensions.ApiRateLimitPolicy)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })
            .DisableAntiforgery();
        api.MapPost("/", SubmitAsync)
            .WithName("SubmitDocumentForApproval")
            .WithSummary("Submit a document for approval in an official's name; the line comes from the agency's delegation table.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{id:guid}", StatusAsync)
            .WithName("GetApprovalDocument")
            .WithSummary("A document you submitted: its status, line and, once approved, its number.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<LinkedDocumentStatus>, Ok<LinkedDocumentStatus>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        LinkedDocument document, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, ClaimsPrincipal user, HttpContext http,
        DraftService drafts, IOrgDirectory org, IOptions<ApprovalsOptions> options, IAuditLog audit, IStringLocalizerFactory texts)
    {
        if (ClientCaller.From(user, IdentityScopes.ApprovalsSubmit) is not { } caller)
        {
            return BearerProblems.InsufficientScope(http, IdentityScopes.ApprovalsSubmit);
        }

        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [IdempotencyHeader] = ["An Idempotency-Key header of at most 200 characters is required."] });
        }

        // The drafter named must serve an agency this system is registered for; an unknown drafter is the form's error below.
        if (await org.FindOfficialAsync(document.Drafter ?? "", http.RequestAborted) is { } drafter && !options.Value.MaySubmitFor(caller.ClientId, drafter.AgencyCode))
        {
            await audit.AppendAsync(new AuditRecord(caller.Reference, "approvals.linked.denied", ApprovalActions.ActorReference(new Official(drafter.EmployeeNumber, drafter.Name))), http.RequestAborted);
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: $"This system is not registered to submit documents for agency {drafter.AgencyCode}.");
        }

        var input = new DraftInput(document.DocumentType, document.Amount, document.Classification, document.Retention, document.Title, document.Content,
            document.Attachments ?? [], document.Recipients, "", document.IsPublic, LineChoices.None) { RecipientAgencies = document.RecipientAgencies ?? [] };
        var (result, created) = await drafts.CreateOnceAsync(document.Drafter ?? "", input, submit: true, DraftSource.Partner(caller.ClientId, idempotencyKey), http.RequestAborted);
        if (result.Document is null)
        {
            return TypedResults.ValidationProblem(DraftErrors.InEnglish(texts.Create(typeof(DraftService)), result.Errors).ToDictionary(e => e.Key, e => new[] { e.Value }));
        }

        return created ? TypedResults.Created($"/api/v1/approvals/documents/{result.Document.Id}", Status(result.Document)) : TypedResults.Ok(Status(result.Document));
    }

    private static async Task<Results<Ok<LinkedDocumentStatus>, ProblemHttpResult>> StatusAsync(Guid id, ClaimsPrincipal user, HttpContext http, ApprovalsDbContext db)
    {
        if (ClientCaller.From(user, IdentityScopes.ApprovalsSubmit) is not { } caller)
        {
            return BearerProblems.InsufficientScope(http, IdentityScopes.ApprovalsSubmit);
        }

        // Another client's document is as absent as a document that never was.
        var document = await db.Documents.AsNoTracking().Include(d => d.Steps)
            .FirstOrDefaultAsync(d => d.Id == id && d.SourceClient == caller.ClientId, http.RequestAborted);
        return document is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "You submitted no document with this id.")
            : TypedResults.Ok(Status(document));
    }

    private static LinkedDocumentStatus Status(ApprovalDocument d) => new(d.Id, d.Status.ToString(), d.Number, d.EnforcedOn, d.Round,
        [.. d.CurrentLine.Select(s => new LinkedStepStatus(s.Kind.ToString(), s.AssigneeNumber, s.State.ToString(), s.IsDelegated, s.IsProxy, s.ActedAt))]);
}
