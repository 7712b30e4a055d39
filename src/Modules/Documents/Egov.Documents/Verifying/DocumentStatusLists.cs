using Egov.Documents.Credentials;
using Egov.Documents.Data;
using Egov.Platform.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Egov.Documents.Verifying;

/// <summary>
/// Publishes the revocation status lists from the documents table itself, at each request: a revocation is in
/// the next list anyone fetches, on every host copy, with no cache to invalidate. A list holds 131,072 documents
/// (<see cref="StatusPosition"/>); building one reads only the revoked ones of its range.
/// </summary>
internal sealed class DocumentStatusLists(DocumentsDbContext db, IKeyStore keys, IOptions<DocumentsOptions> options, TimeProvider time)
{
    /// <summary>How long a verifier may cache a list: short, so revocation reaches offline verifiers soon.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    /// <summary>The list as a signed VC-JWT, or null when no document has been issued into it yet.</summary>
    public async Task<string?> PublishAsync(long listNumber, CancellationToken cancellationToken)
    {
        if (listNumber < 0)
        {
            return null;
        }

        var first = listNumber * BitstringStatusList.MinimumEntries;
        var end = first + BitstringStatusList.MinimumEntries;
        if (!await db.Documents.AnyAsync(d => d.Sequence >= first && d.Sequence < end, cancellationToken))
        {
            return null;
        }

        var list = new BitstringStatusList();
        await foreach (var sequence in db.Documents.AsNoTracking()
            .Where(d => d.Sequence >= first && d.Sequence < end && d.RevokedAt != null)
            .Select(d => d.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            list[StatusPosition.OfSequence(sequence).Index] = true;
        }

        var now = time.GetUtcNow();
        var key = await keys.GetCurrentAsync(KeyRing.Credentials, cancellationToken);
        return new StatusListCredential(options.Value.PublicUrl).Issue(listNumber, list, now, now + Freshness, key);
    }
}
