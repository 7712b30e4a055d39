using System.Globalization;
using System.Text.Json.Nodes;
using Egov.Documents.Credentials;
using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Documents.Verifying;
using Egov.Platform.Keys;
using Egov.Platform.Packs;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Egov.Documents.Api;

/// <summary>
/// What anyone may call without signing in: verification, the issuer's DID document and the revocation status
/// lists. Nothing here is personal beyond what the presented document itself shows.
/// </summary>
internal static class DocumentsApi
{
    /// <summary>The largest PDF accepted for verification: a certificate is a few hundred kilobytes.</summary>
    public const int MaxPdfBytes = 5 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints, DocumentsOptions options)
    {
        endpoints.MapGet(IssuerDid.DocumentPath(options.PublicUrl), DidDocumentAsync)
            .WithTags("Documents").WithName("IssuerDidDocument")
            .WithSummary("The issuer's did:web document: the public keys that sign credentials and QR payloads.");
        var api = endpoints.MapGroup("/api/v1/documents").WithTags("Documents")
            .RequireRateLimiting(WebConventionsExtensions.ApiRateLimitPolicy).DisableAntiforgery();
        api.MapGet("/status/{list:long}", StatusListAsync)
            .WithName("DocumentStatusList")
            .WithSummary("A revocation status list (W3C Bitstring Status List) as a VC-JWT; bit n is set when the document at index n is revoked.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/verify", VerifyAsync)
            .WithName("VerifyDocument")
            .WithSummary("Checks a document presented by number, QR payload, verifiable credential or signed PDF.")
            .WithDescription("Send exactly one of number, qr, credential or pdf (JSON), or the PDF as multipart/form-data field 'pdf'. "
                + "No sign-in; each check of a known document is shown to its holder.")
            .Accepts<VerifyRequest>("application/json")
            .ProducesValidationProblem();
    }

    private static async Task<IResult> DidDocumentAsync(IKeyStore keys, IOptions<DocumentsOptions> options, CancellationToken cancellationToken)
    {
        var did = IssuerDid.FromBaseUrl(options.Value.PublicUrl);
        // A verifier may fetch the document before anything is issued: it must already list the key that will sign.
        await keys.GetCurrentAsync(KeyRing.Credentials, cancellationToken);
        var document = DidDocument.Build(did, await keys.GetPublishedAsync(KeyRing.Credentials, cancellationToken));
        return Results.Text(document.ToJsonString(), "application/did+json");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> StatusListAsync(
        long list, DocumentStatusLists lists, CancellationToken cancellationToken) =>
        await lists.PublishAsync(list, cancellationToken) is { } credential
            ? TypedResults.Text(credential, "application/vc+jwt")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No document has been issued in this status list yet.");

    private static async Task<Results<Ok<VerifyResponse>, ValidationProblem>> VerifyAsync(
        HttpRequest http, DocumentVerifier verifier, CountryPack pack, CancellationToken cancellationToken)
    {
        var (request, error) = await ReadAsync(http, cancellationToken);
        if (error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error.Value.Field] = [error.Value.Message] });
        }

        var answer = request!.Number is { } number ? await verifier.ByNumberAsync(number, null, cancellationToken)
            : request.Qr is { } qr ? await verifier.ByQrAsync(qr, null, cancellationToken)
            : request.Credential is { } credential ? await verifier.ByCredentialAsync(credential, null, cancellationToken)
            : await verifier.ByPdfAsync(Convert.FromBase64String(request.Pdf!), null, cancellationToken);
        return TypedResults.Ok(Describe(answer, pack));
    }

    public static VerifyResponse Describe(VerificationAnswer answer, CountryPack pack)
    {
        var status = answer.Status.ToString().ToLowerInvariant();
        if (answer.Document is not { } d)
        {
            return new(status, null);
        }

        var title = pack.Documents.Find(d.TypeCode)?.NameIn(CultureInfo.GetCultureInfo(d.Language)) ?? d.TypeCode;
        return new(status, new VerifiedDocument(
            d.Number, d.TypeCode, title, d.IssuedAt.AsUtcOffset(), d.VerifiableUntil.AsUtcOffset(), d.RevokedAt is { } r ? r.AsUtcOffset() : null,
            JsonNode.Parse(d.Facts)!.AsObject()));
    }

    private static async Task<(VerifyRequest? Request, (string Field, string Message)? Error)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("pdf") is not { } file)
            {
                return (null, ("pdf", "Post the PDF as the form field 'pdf'."));
            }

            if (file.Length > MaxPdfBytes)
            {
                return (null, ("pdf", $"The file is larger than {MaxPdfBytes / 1024 / 1024} MB: a certificate is far smaller."));
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            return (new VerifyRequest(null, null, null, Convert.ToBase64String(buffer.ToArray())), null);
        }

        VerifyRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<VerifyRequest>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return (null, ("body", "The body is not valid JSON."));
        }
        catch (InvalidOperationException)
        {
            return (null, ("body", "Send JSON (application/json) or a form (multipart/form-data)."));
        }

        var given = new[] { request?.Number, request?.Qr, request?.Credential, request?.Pdf }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (request is null || given != 1)
        {
            return (null, ("document", "Give exactly one of number, qr, credential or pdf."));
        }

        if (request.Pdf is { } pdf && !IsBase64(pdf))
        {
            return (null, ("pdf", "pdf must be the file's bytes in base64."));
        }

        return (request, null);
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) && written <= MaxPdfBytes;
    }
}
