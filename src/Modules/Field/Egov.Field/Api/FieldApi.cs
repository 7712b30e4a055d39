using Egov.Field.Planning;
using Egov.Field.Sync;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Egov.Field.Api;

/// <summary>
/// <c>/api/v1/field</c>: the field app's sync (download the inspector's assignments and templates, upload results under
/// the device's ids) and the managers' planning. Signed-in officials only (their session cookie); every write is keyed
/// by an id the client made, so a retry after a dropped connection changes nothing. Writes take JSON or, for photo
/// chunks, PUT — neither of which a foreign page can send with the official's cookie.
/// </summary>
internal static class FieldApi
{
    public const string Prefix = "/api/v1/field";

    public static RouteGroupBuilder Group(IEndpointRouteBuilder endpoints) => endpoints.MapGroup(Prefix)
        .RequireRateLimiting(WebConventionsExtensions.ApiRateLimitPolicy).DisableAntiforgery();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var sync = Group(endpoints).WithTags("Field: sync");
        sync.MapGet("/sync", DownloadAsync).WithName("DownloadFieldAssignments")
            .WithSummary("Your open assignments (nearest first when you give your position) and the template versions to fill them with.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        sync.MapPut("/submissions/{clientId:guid}", UploadAsync).WithName("UploadInspectionResults")
            .WithSummary("Upload inspection results under your device's id for the upload; the same upload again gets the same answer.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        sync.MapGet("/assignments/{id:guid}/inspection", ReadAsync).WithName("GetInspection")
            .WithSummary("The inspection of an assignment as the server holds it; 204 while none was started.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var plans = Group(endpoints).WithTags("Field: planning");
        plans.MapPost("/plans", CreatePlanAsync).WithName("CreateInspectionPlan")
            .WithSummary("Plan the inspection of every building of one use in a region: one assignment per building, inspectors in turn.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        plans.MapPut("/assignments/{id:guid}/inspectors", ReassignAsync).WithName("NameAssignmentInspectors")
            .WithSummary("Name the inspectors of an open assignment of your agency.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        PhotoApi.Map(Group(endpoints).WithTags("Field: photos"));
    }

    private static async Task<Results<Ok<SyncPackage>, ProblemHttpResult>> DownloadAsync(
        double? latitude, double? longitude, HttpContext http, FieldCallers callers, SyncDownload download)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        DevicePosition? position = latitude is { } lat && longitude is { } lon && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 ? new(lat, lon) : null;
        return TypedResults.Ok(await download.ForAsync(caller, position, http.RequestAborted));
    }

    private static async Task<Results<Ok<InspectionState>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid clientId, InspectionUpload upload, HttpContext http, FieldCallers callers, InspectionSync sync)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        var answer = await sync.SubmitAsync(caller, clientId, upload, http.RequestAborted);
        return answer.Outcome switch
        {
            UploadOutcome.Stored => TypedResults.Ok(answer.State!),
            UploadOutcome.Invalid => TypedResults.ValidationProblem(answer.Errors!),
            UploadOutcome.NotAnInspector => FieldCallers.Forbidden("Only the inspectors named on the assignment upload its results."),
            UploadOutcome.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: answer.Detail,
                extensions: answer.State is null ? null : new Dictionary<string, object?> { ["inspection"] = answer.State }),
            _ => FieldCallers.NotFound("You have no assignment with this id."),
        };
    }

    private static async Task<Results<Ok<InspectionState>, NoContent, ProblemHttpResult>> ReadAsync(Guid id, HttpContext http, FieldCallers callers, InspectionSync sync)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        var (found, state) = await sync.ReadAsync(caller, id, http.RequestAborted);
        return !found ? FieldCallers.NotFound("You have no assignment with this id.") : state is null ? TypedResults.NoContent() : TypedResults.Ok(state);
    }

    private static async Task<Results<Created<PlanSummary>, Ok<PlanSummary>, ValidationProblem, ProblemHttpResult>> CreatePlanAsync(
        PlanRequest request, HttpContext http, FieldCallers callers, InspectionPlans plans)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        if (!caller.IsManager)
        {
            return FieldCallers.Forbidden("Only inspection managers plan inspections.");
        }

        var (plan, created, errors) = await plans.CreateAsync(caller, request, http.RequestAborted);
        return plan is null ? TypedResults.ValidationProblem(errors)
            : created ? TypedResults.Created($"{Prefix}/plans/{plan.Id}", plan) : TypedResults.Ok(plan);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReassignAsync(
        Guid id, AssignmentInspectors body, HttpContext http, FieldCallers callers, InspectionPlans plans)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        if (!caller.IsManager)
        {
            return FieldCallers.Forbidden("Only inspection managers assign inspectors.");
        }

        var (assignment, errors) = await plans.ReassignAsync(caller, id, body.Inspectors, http.RequestAborted);
        return assignment is null ? FieldCallers.NotFound("Your agency has no open assignment with this id.")
            : errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.NoContent();
    }
}

/// <summary>The inspectors to name on an assignment.</summary>
internal sealed record AssignmentInspectors(IReadOnlyList<string>? Inspectors);
