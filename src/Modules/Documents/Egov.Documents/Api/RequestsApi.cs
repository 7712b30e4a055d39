using System.ComponentModel;
using System.Security.Claims;
using Egov.Documents.Domain;
using Egov.Documents.Submitting;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Egov.Documents.Api;

/// <summary>An institution asks a person for a document (client credentials, scope <c>documents.receive</c>).</summary>
internal sealed record DocumentAsk(
    [property: Description("The person's identifier, as on their identity document.")] string? PersonalIdentifier,
    [property: Description("The person's registered name.")] string? Name,
    [property: Description("A certificate code of the catalog, e.g. family-relation-certificate.")] string? Type,
    [property: Description("A purpose code of that certificate, printed on it.")] string? Purpose);

/// <summary>A request and, once answered, the answer and what was sent.</summary>
internal sealed record DocumentAskStatus(Guid RequestId, string Status, DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt, Guid? SubmissionId);

/// <summary>
/// Institutions asking citizens for documents: the request appears in the person's wallet; approved, the document
/// is sent like any submission (webhook, then fetch). The institution follows its request here.
/// </summary>
internal static class RequestsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = InstitutionApi.Group(endpoints, "/api/v1/documents/requests");
        api.MapPost("/", AskAsync)
            .WithName("AskForDocument")
            .WithSummary("Ask a person for a certificate; it is sent to you when they approve in their wallet.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}", StatusAsync)
            .WithName("GetDocumentRequest")
            .WithSummary("Your request: pending, approved (with the submission to fetch) or declined.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Accepted<DocumentAskStatus>, ValidationProblem, ProblemHttpResult>> AskAsync(
        DocumentAsk ask, ClaimsPrincipal user, HttpContext http, DocumentRequests requests)
    {
        if (ClientCaller.From(user, IdentityScopes.DocumentsReceive) is not { } caller)
        {
            return InstitutionApi.InsufficientScope(http);
        }

        var missing = new Dictionary<string, string[]>();
        foreach (var (field, value) in new[] { ("personalIdentifier", ask.PersonalIdentifier), ("name", ask.Name), ("type", ask.Type) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing[field] = [$"{field} is required."];
            }
        }

        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        var (request, refusal) = await requests.AskAsync(caller.ClientId, ask.PersonalIdentifier!, ask.Name!, ask.Type!, ask.Purpose, http.RequestAborted);
        return refusal switch
        {
            null => TypedResults.Accepted($"/api/v1/documents/requests/{request!.Id}", Status(request)),
            RequestRefusals.NotARecipient => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not a recipient",
                detail: "Your client is not registered to receive documents."),
            RequestRefusals.UnknownPerson => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: "No living resident has this identifier and name."),
            RequestRefusals.UnknownType => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = ["Not a certificate that can be asked for."] }),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["purpose"] = ["Not a purpose of this certificate."] }),
        };
    }

    private static async Task<Results<Ok<DocumentAskStatus>, ProblemHttpResult>> StatusAsync(Guid id, ClaimsPrincipal user, HttpContext http, DocumentRequests requests)
    {
        if (ClientCaller.From(user, IdentityScopes.DocumentsReceive) is not { } caller)
        {
            return InstitutionApi.InsufficientScope(http);
        }

        return await requests.OfClientAsync(id, caller.ClientId, http.RequestAborted) is { } request
            ? TypedResults.Ok(Status(request))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "You made no request under this id.");
    }

    private static DocumentAskStatus Status(Domain.DocumentRequest request) =>
        new(request.Id, request.Answer ?? "pending", request.RequestedAt.AsUtcOffset(), request.AnsweredAt is { } answered ? answered.AsUtcOffset() : null, request.SubmissionId);

}
