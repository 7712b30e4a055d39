namespace Egov.Field.Domain;

/// <summary>
/// A photo arriving in chunks. The device names its size and SHA-256 first; chunks are appended at the received
/// offset only, so an interrupted upload resumes where the server stopped; completion checks the hash.
/// </summary>
internal sealed class PhotoUpload
{
    public Guid Id { get; set; }

    /// <summary>The device's id for the photo, unique per uploader: creating it again finds this upload.</summary>
    public Guid ClientId { get; set; }

    public required string UploadedBy { get; set; }

    public Guid AssignmentId { get; set; }

    public required string ItemCode { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 the device announced.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Bytes received so far: the offset the next chunk must start at.</summary>
    public long Received { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}

/// <summary>A chunk of a photo at its offset.</summary>
internal sealed class PhotoChunk
{
    public Guid UploadId { get; set; }

    public long Offset { get; set; }

    public required byte[] Data { get; set; }
}
