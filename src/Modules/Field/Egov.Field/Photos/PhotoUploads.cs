using System.Security.Cryptography;
using Egov.Field.Api;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Field.Sync;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Photos;

/// <summary>A photo upload as the device sees it: where to send the next chunk from.</summary>
internal sealed record PhotoUploadState(Guid Id, Guid ClientId, Guid AssignmentId, string ItemCode, long Size, string Sha256, long Offset, bool Complete);

/// <summary>A photo announced by a device before its bytes.</summary>
internal sealed record PhotoAnnouncement(Guid ClientId, Guid AssignmentId, string? ItemCode, string? ContentType, long Size, string? Sha256);

/// <summary>What became of a photo request.</summary>
internal enum PhotoOutcome
{
    Done,
    NotFound,
    Invalid,
    WrongOffset,
    HashMismatch,
}

/// <summary>
/// Resumable photo uploads. A chunk is taken only at the offset received so far (a repeated or early chunk is
/// refused with the offset to resume from); completion hashes the bytes in order and compares them to the hash
/// announced, and a mismatch discards them so the device starts the photo over. Only the uploader sees an upload.
/// </summary>
internal sealed class PhotoUploads(FieldDbContext db, AssignmentAccess access, IAuditLog audit, TimeProvider time)
{
    public const long MaxSize = 20 * 1024 * 1024;

    public const int MaxChunk = 1024 * 1024;

    private static readonly string[] ContentTypes = ["image/jpeg", "image/png", "image/webp"];

    public async Task<(PhotoOutcome Outcome, PhotoUploadState? State, bool Created, Dictionary<string, string[]>? Errors)> CreateAsync(
        FieldCaller caller, PhotoAnnouncement photo, CancellationToken cancellationToken)
    {
        if (await db.Photos.AsNoTracking().SingleOrDefaultAsync(p => p.UploadedBy == caller.EmployeeNumber && p.ClientId == photo.ClientId, cancellationToken) is { } earlier)
        {
            return (PhotoOutcome.Done, State(earlier), false, null);
        }

        var errors = new Dictionary<string, string[]>();
        if (photo.ClientId == Guid.Empty)
        {
            errors["clientId"] = ["A client-generated id is required."];
        }

        if (photo.Size is <= 0 or > MaxSize)
        {
            errors["size"] = [$"A photo has 1 to {MaxSize} bytes."];
        }

        if (photo.Sha256 is not { Length: 64 } hash || !hash.All(Uri.IsHexDigit))
        {
            errors["sha256"] = ["The SHA-256 of the whole photo is required, as 64 hex digits."];
        }

        if (!ContentTypes.Contains(photo.ContentType))
        {
            errors["contentType"] = ["A photo is image/jpeg, image/png or image/webp."];
        }

        if (string.IsNullOrWhiteSpace(photo.ItemCode) || photo.ItemCode.Length > 64)
        {
            errors["itemCode"] = ["The checklist item the photo is for is required."];
        }

        if (errors.Count > 0)
        {
            return (PhotoOutcome.Invalid, null, false, errors);
        }

        if (await access.FindAsync(caller, photo.AssignmentId, cancellationToken) is not { } assignment
            || !assignment.Inspectors.Any(i => i.EmployeeNumber == caller.EmployeeNumber))
        {
            return (PhotoOutcome.NotFound, null, false, null);
        }

        var upload = new PhotoUpload
        {
            Id = Guid.NewGuid(), ClientId = photo.ClientId, UploadedBy = caller.EmployeeNumber, AssignmentId = assignment.Id, ItemCode = photo.ItemCode!,
            ContentType = photo.ContentType!, Size = photo.Size, Sha256 = photo.Sha256!.ToLowerInvariant(), CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Photos.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return (PhotoOutcome.Done, State(upload), true, null);
    }

    /// <summary>The caller's upload, or null.</summary>
    public async Task<PhotoUploadState?> FindAsync(FieldCaller caller, Guid id, CancellationToken cancellationToken) =>
        await db.Photos.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.UploadedBy == caller.EmployeeNumber, cancellationToken) is { } upload ? State(upload) : null;

    /// <summary>
    /// A photo of the assignment that arrived whole, as its type and bytes, or null. For the assignment's page, which
    /// has already checked the reader may see the assignment: any of its photos is theirs to see, whoever took it.
    /// </summary>
    public async Task<(string ContentType, byte[] Bytes)?> ReadAsync(Guid assignmentId, Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.Photos.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.AssignmentId == assignmentId && p.CompletedAt != null, cancellationToken);
        if (upload is null)
        {
            return null;
        }

        var bytes = new byte[upload.Size];
        var chunks = await db.PhotoChunks.AsNoTracking().Where(c => c.UploadId == id).OrderBy(c => c.Offset).ToListAsync(cancellationToken);
        foreach (var chunk in chunks)
        {
            chunk.Data.CopyTo(bytes, (int)chunk.Offset);
        }

        return (upload.ContentType, bytes);
    }

    /// <summary>Appends a chunk that starts at the received offset.</summary>
    public async Task<(PhotoOutcome Outcome, PhotoUploadState? State)> AppendAsync(FieldCaller caller, Guid id, long offset, byte[] chunk, CancellationToken cancellationToken)
    {
        var upload = await db.Photos.SingleOrDefaultAsync(p => p.Id == id && p.UploadedBy == caller.EmployeeNumber, cancellationToken);
        if (upload is null)
        {
            return (PhotoOutcome.NotFound, null);
        }

        if (upload.CompletedAt is not null || offset != upload.Received || chunk.Length == 0 || upload.Received + chunk.Length > upload.Size)
        {
            return (PhotoOutcome.WrongOffset, State(upload));
        }

        db.PhotoChunks.Add(new PhotoChunk { UploadId = upload.Id, Offset = offset, Data = chunk });
        upload.Received += chunk.Length;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two copies of the same chunk raced: one was stored, the other is told where to go on from.
            db.ChangeTracker.Clear();
            return (PhotoOutcome.WrongOffset, await FindAsync(caller, id, cancellationToken));
        }

        return (PhotoOutcome.Done, State(upload));
    }

    /// <summary>Checks the whole photo against the announced hash; a mismatch discards the bytes.</summary>
    public async Task<(PhotoOutcome Outcome, PhotoUploadState? State)> CompleteAsync(FieldCaller caller, Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.Photos.SingleOrDefaultAsync(p => p.Id == id && p.UploadedBy == caller.EmployeeNumber, cancellationToken);
        if (upload is null)
        {
            return (PhotoOutcome.NotFound, null);
        }

        if (upload.CompletedAt is not null)
        {
            return (PhotoOutcome.Done, State(upload));
        }

        if (upload.Received != upload.Size)
        {
            return (PhotoOutcome.WrongOffset, State(upload));
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // One query read row by row: one chunk in memory at a time (a photo may be many megabytes), one round trip.
        await foreach (var data in db.PhotoChunks.AsNoTracking().Where(c => c.UploadId == id).OrderBy(c => c.Offset).Select(c => c.Data)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            sha.AppendData(data);
        }

        if (!string.Equals(Convert.ToHexStringLower(sha.GetHashAndReset()), upload.Sha256, StringComparison.Ordinal))
        {
            await db.PhotoChunks.Where(c => c.UploadId == id).ExecuteDeleteAsync(cancellationToken);
            upload.Received = 0;
            await db.SaveChangesAsync(cancellationToken);
            return (PhotoOutcome.HashMismatch, State(upload));
        }

        upload.CompletedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord(caller.Actor, "field.photo.uploaded", $"field-photo:{upload.Id}"), cancellationToken);
        return (PhotoOutcome.Done, State(upload));
    }

    private static PhotoUploadState State(PhotoUpload u) => new(u.Id, u.ClientId, u.AssignmentId, u.ItemCode, u.Size, u.Sha256, u.Received, u.CompletedAt is not null);
}
