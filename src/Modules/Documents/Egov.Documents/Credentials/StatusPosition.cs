using System.Globalization;

namespace Egov.Documents.Credentials;

/// <summary>
/// Where a document's revocation bit lives: its issue sequence n (from the database, starting at 1) is bit
/// n mod 131,072 of list n / 131,072. Lists are published at <c>{base}/api/v1/documents/status/{list}</c>. Changing
/// the list size or the URL breaks every credential already issued, since they carry both.
/// </summary>
internal sealed record StatusPosition(long ListNumber, int Index)
{
    public static StatusPosition OfSequence(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new(sequence / BitstringStatusList.MinimumEntries, (int)(sequence % BitstringStatusList.MinimumEntries));
    }

    public string ListUrl(Uri baseUrl) => ListUrl(baseUrl, ListNumber);

    public static string ListUrl(Uri baseUrl, long listNumber)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return string.Create(CultureInfo.InvariantCulture, $"{baseUrl.AbsoluteUri.TrimEnd('/')}/api/v1/documents/status/{listNumber}");
    }
}
