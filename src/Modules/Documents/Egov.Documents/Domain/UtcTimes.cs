namespace Egov.Documents.Domain;

/// <summary>The module's stored times are UTC (the platform reads them back as such): as offsets for APIs, signatures and pages.</summary>
internal static class UtcTimes
{
    public static DateTimeOffset AsUtcOffset(this DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
