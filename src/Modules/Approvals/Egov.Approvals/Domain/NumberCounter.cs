namespace Egov.Approvals.Domain;

/// <summary>
/// The last serial given in one series of an agency in one year: the documents of a classification, or the receipts
/// of a department. Incremented in the same transaction as the approval (or registration) that takes the number, so
/// a rolled-back one gives its number back (no gap) and two can never read the same value (no duplicate).
/// </summary>
internal sealed class NumberCounter
{
    public string AgencyCode { get; init; } = "";

    public string Classification { get; init; } = "";

    public int Year { get; init; }

    public long LastSerial { get; set; }
}
