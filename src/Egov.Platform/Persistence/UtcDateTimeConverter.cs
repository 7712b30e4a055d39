using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Egov.Platform.Persistence;

/// <summary>
/// Every stored time is UTC. Writing a local or unspecified time is a bug that would shift data by the
/// server's offset, so it fails loudly; reading marks values as UTC (SQLite keeps no kind).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => EnsureUtc(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    private static DateTime EnsureUtc(DateTime value) => value.Kind == DateTimeKind.Utc
        ? value
        : throw new InvalidOperationException($"Times are stored in UTC; got a {value.Kind} DateTime.");
}
