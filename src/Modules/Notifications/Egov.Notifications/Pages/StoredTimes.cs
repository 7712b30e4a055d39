using Egov.Platform.Localization;

namespace Egov.Notifications.Pages;

/// <summary>Stored times are UTC (the platform reads them back as such); pages show them on the country's clock.</summary>
internal static class StoredTimes
{
    public static string Local(this CultureFormat format, DateTime utc) =>
        format.DateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
