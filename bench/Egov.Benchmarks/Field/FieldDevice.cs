using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Benchmarks.Officials;
using Egov.Platform.Packs;

namespace Egov.Benchmarks.Field;

/// <summary>An assignment as the download lists it (the members the device uses).</summary>
internal sealed record AssignmentCard(Guid Id, string TemplateCode, int TemplateVersion, string InspectionStatus);

/// <summary>The download: the inspector's open assignments and the template versions to fill them with.</summary>
internal sealed record SyncPackage(IReadOnlyList<AssignmentCard> Assignments, IReadOnlyList<InspectionTemplate> Templates);

/// <summary>A photo upload as the server answers it.</summary>
internal sealed record PhotoUploadState(Guid Id, long Offset, bool Complete);

/// <summary>
/// The field app on one phone, over the field API with the inspector's session cookie: the download, resumable photo
/// uploads and result uploads, each call timed by its kind. A call that does not get the expected answer throws.
/// </summary>
internal sealed class FieldDevice(SignedInOfficial inspector, int chunkSize)
{
    public const string Api = "/api/v1/field";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Latencies Download { get; } = new("GET /sync");

    public Latencies Announce { get; } = new("POST /photos (announce)");

    public Latencies Chunk { get; } = new("PUT /photos/{id} (chunk)");

    public Latencies Complete { get; } = new("POST /photos/{id}/complete (SHA-256 check)");

    public Latencies Submit { get; } = new("PUT /submissions/{clientId} (complete inspection)");

    public IEnumerable<Latencies> All => [Download, Announce, Chunk, Complete, Submit];

    public async Task<SyncPackage> SyncAsync(CancellationToken cancellationToken)
    {
        var body = await TimedAsync(Download, new HttpRequestMessage(HttpMethod.Get, $"{Api}/sync"), HttpStatusCode.OK, "download", cancellationToken);
        return JsonSerializer.Deserialize<SyncPackage>(body, Json)!;
    }

    /// <summary>
    /// Announces the photo and sends its chunks from the offset the server gives, then completes it. With
    /// <paramref name="again"/> the device repeats an upload whose answers it lost: the announcement must find the
    /// completed upload (200), a chunk sent anyway is refused (409), completing it again is fine.
    /// </summary>
    public async Task UploadPhotoAsync(Guid assignment, string item, Guid clientId, byte[] photo, bool again, CancellationToken cancellationToken)
    {
        var announcement = JsonContent.Create(new
        {
            clientId, assignmentId = assignment, itemCode = item, contentType = "image/jpeg", size = photo.LongLength,
            sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo)),
        });
        var body = await TimedAsync(Announce, new HttpRequestMessage(HttpMethod.Post, $"{Api}/photos") { Content = announcement },
            again ? HttpStatusCode.OK : HttpStatusCode.Created, $"announce {clientId}", cancellationToken);
        var state = JsonSerializer.Deserialize<PhotoUploadState>(body, Json)!;
        if (again && !state.Complete)
        {
            throw new InvalidOperationException($"photo {clientId}: announced again, but the server does not hold it complete");
        }

        for (var offset = again ? 0 : state.Offset; offset < photo.Length; offset += chunkSize)
        {
            var last = Math.Min(photo.Length, offset + chunkSize) - 1;
            var content = new ReadOnlyMemoryContent(photo.AsMemory((int)offset, (int)(last - offset + 1)));
            content.Headers.ContentRange = new ContentRangeHeaderValue(offset, last, photo.Length);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            await TimedAsync(Chunk, new HttpRequestMessage(HttpMethod.Put, $"{Api}/photos/{state.Id}") { Content = content },
                again ? HttpStatusCode.Conflict : HttpStatusCode.OK, $"chunk {offset} of {clientId}", cancellationToken);
            if (again)
            {
                break;
            }
        }

        await TimedAsync(Complete, new HttpRequestMessage(HttpMethod.Post, $"{Api}/photos/{state.Id}/complete") { Content = JsonContent.Create(new { }) },
            HttpStatusCode.OK, $"complete {clientId}", cancellationToken);
    }

    /// <summary>Uploads results under the device's id for the upload; the answer's bytes, which a repeat must get again.</summary>
    public async Task<byte[]> SubmitAsync(Guid clientId, byte[] upload, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(upload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await TimedAsync(Submit, new HttpRequestMessage(HttpMethod.Put, $"{Api}/submissions/{clientId}") { Content = content },
            HttpStatusCode.OK, $"submission {clientId}", cancellationToken);
    }

    private async Task<byte[]> TimedAsync(
        Latencies kind, HttpRequestMessage request, HttpStatusCode expected, string what, CancellationToken cancellationToken)
    {
        using (request)
        {
            var clock = Stopwatch.StartNew();
            using var answer = await inspector.Client.SendAsync(request, cancellationToken);
            var body = await answer.Content.ReadAsByteArrayAsync(cancellationToken);
            kind.Add(clock.Elapsed);
            return answer.StatusCode == expected ? body
                : throw new HttpRequestException($"{what}: {(int)answer.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}", null, answer.StatusCode);
        }
    }
}
