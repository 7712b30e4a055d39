using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Egov.Field.Tests;

/// <summary>
/// A photo upload cut off halfway resumes where the server stopped: the device asks for the offset (HEAD), a repeated
/// or skipping chunk is refused with the offset, and completion checks the SHA-256 — a mismatch discards the bytes.
/// </summary>
public sealed class PhotoUploadTests(FieldHost host) : IClassFixture<FieldHost>
{
    private const int ChunkSize = 100_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Inspector, Guid Assignment)> AssignedAsync()
    {
        var plan = await host.PlanAsync(FieldHost.Inspector);
        var assignment = (await host.AssignmentAsync(FieldHost.Inspector, plan.GetProperty("id").GetGuid(), "서교스퀘어")).GetProperty("id").GetGuid();
        return (await host.OfficialAsync(FieldHost.Inspector), assignment);
    }

    private static async Task<HttpResponseMessage> PutChunkAsync(HttpClient client, string location, byte[] photo, int from, int length)
    {
        using var content = new ByteArrayContent(photo, from, length);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentRange = new ContentRangeHeaderValue(from, from + length - 1, photo.Length);
        return await client.PutAsync(location, content, Ct);
    }

    private static long Offset(HttpResponseMessage response) => long.Parse(response.Headers.GetValues("Upload-Offset").Single(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task UploadCutOffHalfway_ResumesAtTheServersOffset_AndCompletesWithTheRightHash()
    {
        var (inspector, assignment) = await AssignedAsync();
        var photo = RandomNumberGenerator.GetBytes(250_000);
        var announcement = new
        {
            clientId = Guid.NewGuid(), assignmentId = assignment, itemCode = "fire-door-closing", contentType = "image/jpeg", size = photo.Length,
            sha256 = Convert.ToHexStringLower(SHA256.HashData(photo)),
        };
        using var created = await inspector.PostAsJsonAsync("/api/v1/field/photos", announcement, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;

        using (var first = await PutChunkAsync(inspector, location, photo, 0, ChunkSize))
        {
            Assert.Equal((HttpStatusCode.OK, ChunkSize), (first.StatusCode, Offset(first)));
        }

        // The connection dropped: the device announces the photo again (same client id) and asks where to go on.
        using (var again = await inspector.PostAsJsonAsync("/api/v1/field/photos", announcement, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(location, $"/api/v1/field/photos/{(await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid()}");
        }

        using (var head = await inspector.SendAsync(new HttpRequestMessage(HttpMethod.Head, location), Ct))
        {
            Assert.Equal((HttpStatusCode.OK, ChunkSize), (head.StatusCode, Offset(head)));
        }

        using (var repeated = await PutChunkAsync(inspector, location, photo, 0, ChunkSize))
        {
            Assert.Equal((HttpStatusCode.Conflict, ChunkSize), (repeated.StatusCode, Offset(repeated)));
        }

        using (var skipping = await PutChunkAsync(inspector, location, photo, 2 * ChunkSize, photo.Length - (2 * ChunkSize)))
        {
            Assert.Equal(HttpStatusCode.Conflict, skipping.StatusCode);
        }

        using (var early = await inspector.PostAsJsonAsync($"{location}/complete", new { }, Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        for (var from = ChunkSize; from < photo.Length; from += ChunkSize)
        {
            using var next = await PutChunkAsync(inspector, location, photo, from, Math.Min(ChunkSize, photo.Length - from));
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        }

        using var completed = await inspector.PostAsJsonAsync($"{location}/complete", new { }, Ct);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var state = await completed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(state.GetProperty("complete").GetBoolean());
        Assert.Equal(photo.Length, state.GetProperty("offset").GetInt64());
    }

    [Fact]
    public async Task BytesThatMissTheAnnouncedHash_AreDiscarded_AndTheUploadStartsOver()
    {
        var (inspector, assignment) = await AssignedAsync();
        var photo = RandomNumberGenerator.GetBytes(1000);
        using var created = await inspector.PostAsJsonAsync("/api/v1/field/photos", new
        {
            clientId = Guid.NewGuid(), assignmentId = assignment, itemCode = "exit-clear", contentType = "image/jpeg", size = photo.Length,
            sha256 = Convert.ToHexStringLower(SHA256.HashData([.. photo.Reverse()])),
        }, Ct);
        var location = created.Headers.Location!.OriginalString;
        using (await PutChunkAsync(inspector, location, photo, 0, photo.Length))
        {
        }

        using var completed = await inspector.PostAsJsonAsync($"{location}/complete", new { }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, completed.StatusCode);
        Assert.Equal(0, (await inspector.GetFromJsonAsync<JsonElement>(location, Ct)).GetProperty("offset").GetInt64());
    }

    [Fact]
    public async Task AnotherInspectorsUpload_IsNotFound_AndAPhotoForAStrangersAssignmentIsRefused()
    {
        var (inspector, assignment) = await AssignedAsync();
        var announcement = new
        {
            clientId = Guid.NewGuid(), assignmentId = assignment, itemCode = "exit-clear", contentType = "image/jpeg", size = 10,
            sha256 = Convert.ToHexStringLower(SHA256.HashData(new byte[10])),
        };
        using var created = await inspector.PostAsJsonAsync("/api/v1/field/photos", announcement, Ct);
        var colleague = await host.OfficialAsync(FieldHost.SecondInspector);

        using var peek = await colleague.GetAsync(created.Headers.Location, Ct);
        using var foreign = await colleague.PostAsJsonAsync("/api/v1/field/photos", announcement with { clientId = Guid.NewGuid() }, Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (peek.StatusCode, foreign.StatusCode));
    }
}
