using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Documents.TimeStamping;

/// <summary>The platform's TSA over HTTP (RFC 3161 §3.4): for PDF readers and other signers that stamp remotely.</summary>
internal static class TimeStampingEndpoints
{
    public const string QueryType = "application/timestamp-query";
    public const string ReplyType = "application/timestamp-reply";

    /// <summary>A TimeStampReq is a hash and a few fields; anything much larger is not one.</summary>
    private const int MaxRequestBytes = 16 * 1024;

    /// <summary>Maps <c>POST /tsa</c>; needs <see cref="LocalTimeStampAuthority"/> registered.</summary>
    public static IEndpointRouteBuilder MapTimeStamping(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/tsa", TimeStampAsync)
            .WithTags("Documents").WithName("TimeStamp")
            .WithSummary("The platform's RFC 3161 time-stamping authority: a TimeStampReq in, a TimeStampResp out.")
            .Accepts<byte[]>(QueryType)
            .Produces(StatusCodes.Status200OK, contentType: ReplyType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> TimeStampAsync(HttpRequest request, LocalTimeStampAuthority authority, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType, QueryType, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a time-stamp query",
                detail: $"Send a DER TimeStampReq (RFC 3161) as {QueryType}.");
        }

        var body = await ReadAsync(request, cancellationToken);
        var response = body is null ? null : await authority.RespondAsync(body, cancellationToken);
        return response is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest, title: "Not a time-stamp request",
                detail: "The body is not a DER-encoded RFC 3161 TimeStampReq.")
            : TypedResults.Bytes(response, ReplyType);
    }

    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxRequestBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
