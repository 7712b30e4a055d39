namespace Egov.Field.Domain;

/// <summary>
/// One upload of inspection results, under the id the device gave it. The answer is kept: the same upload sent again
/// (a retry after a lost response) gets the same answer and changes nothing.
/// </summary>
internal sealed class Submission
{
    /// <summary>The device's id for the upload.</summary>
    public Guid Id { get; set; }

    public Guid AssignmentId { get; set; }

    public required string SubmittedBy { get; set; }

    /// <summary>SHA-256 of the request as received: the same id with other content is refused.</summary>
    public required string ContentHash { get; set; }

    public int Status { get; set; }

    /// <summary>The answer given, as JSON.</summary>
    public required string Answer { get; set; }

    public DateTime ReceivedAt { get; set; }
}
