namespace Egov.Approvals.Domain;

/// <summary>
/// The last serial given to documents of one agency and classification in one year. Incremented in the same
/// transaction as the final approval that takes the number, so a rolled-back approval gives its number back
/// (no gap) and two approvals can never read the same value (no duplicate).
/// </summary>
internal sealed class NumberCounter
{
    public string AgencyCode { get; init; } = "";

    public string Classification { get; init; } = "";

    public int Year { get; init; }

    public long LastSerial { get; set; }
}
