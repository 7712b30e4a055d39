using System.Globalization;
using System.Text.RegularExpressions;
using Egov.Field.Photos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Egov.Field.Api;

/// <summary>
/// Resumable photo uploads: announce the photo (client id, size, SHA-256), PUT its chunks with
/// <c>Content-Range: bytes first-last/size</c>, ask where to resume with HEAD (the <c>Upload-Offset</c> header) or GET,
/// and complete it, which checks the hash.
/// </summary>
internal static partial class PhotoApi
{
    public const string OffsetHeader = "Upload-Offset";

    public static void Map(RouteGroupBuilder photos)
    {
        photos.MapPost("/photos", CreateAsync).WithName("CreatePhotoUpload")
            .WithSummary("Announce a photo by your client id, size and SHA-256; announcing it again finds the same upload.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        photos.MapMethods("/photos/{id:guid}", [HttpMethods.Head], HeadAsync).WithName("GetPhotoUploadOffset")
            .WithSummary("Where to resume: the Upload-Offset header.");
        photos.MapGet("/photos/{id:guid}", GetAsync).WithName("GetPhotoUpload")
            .WithSummary("The upload and its offset.").ProducesProblem(StatusCodes.Status404NotFound);
        photos.MapPut("/photos/{id:guid}", AppendAsync).WithName("PutPhotoChunk")
            .WithSummary("Send the chunk starting at the upload's offset, with Content-Range; a chunk at another offset gets 409 and the offset.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        photos.MapPost("/photos/{id:guid}/complete", CompleteAsync).WithName("CompletePhotoUpload")
            .WithSummary("Check the whole photo against its SHA-256 (send {} as JSON); a mismatch discards the bytes (422).")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Created<PhotoUploadState>, Ok<PhotoUploadState>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        PhotoAnnouncement photo, HttpContext http, FieldCallers callers, PhotoUploads uploads)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        var (outcome, state, created, errors) = await uploads.CreateAsync(caller, photo, http.RequestAborted);
        http.Response.Headers[OffsetHeader] = state?.Offset.ToString(CultureInfo.InvariantCulture);
        return outcome switch
        {
            PhotoOutcome.Invalid => TypedResults.ValidationProblem(errors!),
            PhotoOutcome.NotFound => FieldCallers.NotFound("You have no assignment with this id."),
            _ when created => TypedResults.Created($"{FieldApi.Prefix}/photos/{state!.Id}", state),
            _ => TypedResults.Ok(state!),
        };
    }

    private static async Task<Results<Ok, ProblemHttpResult>> HeadAsync(Guid id, HttpContext http, FieldCallers callers, PhotoUploads uploads)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        if (await uploads.FindAsync(caller, id, http.RequestAborted) is not { } state)
        {
            return FieldCallers.NotFound("You have no photo upload with this id.");
        }

        http.Response.Headers[OffsetHeader] = state.Offset.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["Upload-Length"] = state.Size.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok();
    }

    private static async Task<Results<Ok<PhotoUploadState>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, FieldCallers callers, PhotoUploads uploads)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        return await uploads.FindAsync(caller, id, http.RequestAborted) is { } state
            ? TypedResults.Ok(state)
            : FieldCallers.NotFound("You have no photo upload with this id.");
    }

    private static async Task<Results<Ok<PhotoUploadState>, ProblemHttpResult>> AppendAsync(Guid id, HttpContext http, FieldCallers callers, PhotoUploads uploads)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        if (ContentRange().Match(http.Request.Headers.ContentRange.ToString()) is not { Success: true } range
            || !long.TryParse(range.Groups["first"].Value, CultureInfo.InvariantCulture, out var first)
            || !long.TryParse(range.Groups["last"].Value, CultureInfo.InvariantCulture, out var last) || last < first)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Content-Range", detail: "Send Content-Range: bytes first-last/size.");
        }

        if (last - first + 1 > PhotoUploads.MaxChunk || http.Request.ContentLength is not { } length || length != last - first + 1)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Chunk too large",
                detail: $"A chunk has at most {PhotoUploads.MaxChunk} bytes and exactly as many as its Content-Range says.");
        }

        var chunk = new byte[length];
        await http.Request.Body.ReadExactlyAsync(chunk, http.RequestAborted);
        var (outcome, state) = await uploads.AppendAsync(caller, id, first, chunk, http.RequestAborted);
        if (state is not null)
        {
            http.Response.Headers[OffsetHeader] = state.Offset.ToString(CultureInfo.InvariantCulture);
        }

        return outcome switch
        {
            PhotoOutcome.Done => TypedResults.Ok(state!),
            PhotoOutcome.WrongOffset => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Wrong offset",
                detail: $"Resume at byte {state!.Offset} of {state.Size}.", extensions: new Dictionary<string, object?> { ["offset"] = state.Offset }),
            _ => FieldCallers.NotFound("You have no photo upload with this id."),
        };
    }

    private static async Task<Results<Ok<PhotoUploadState>, ProblemHttpResult>> CompleteAsync(
        Guid id, CompletePhoto body, HttpContext http, FieldCallers callers, PhotoUploads uploads)
    {
        var (caller, refusal) = await callers.IdentifyAsync(http);
        if (caller is null)
        {
            return refusal!;
        }

        var (outcome, state) = await uploads.CompleteAsync(caller, id, http.RequestAborted);
        return outcome switch
        {
            PhotoOutcome.Done => TypedResults.Ok(state!),
            PhotoOutcome.WrongOffset => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Incomplete",
                detail: $"Only {state!.Offset} of {state.Size} bytes arrived.", extensions: new Dictionary<string, object?> { ["offset"] = state.Offset }),
            PhotoOutcome.HashMismatch => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Hash mismatch",
                detail: "The bytes received do not have the SHA-256 announced; they were discarded: send the photo again from byte 0."),
            _ => FieldCallers.NotFound("You have no photo upload with this id."),
        };
    }

    [GeneratedRegex(@"^bytes (?<first>\d{1,12})-(?<last>\d{1,12})/(\d{1,12})$")]
    private static partial Regex ContentRange();
}

/// <summary>The (empty) JSON body of a completion: a body a foreign page cannot send with the official's cookie.</summary>
internal sealed record CompletePhoto;
