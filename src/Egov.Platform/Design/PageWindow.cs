namespace Egov.Platform.Design;

/// <summary>
/// Which page numbers a pager shows: the first, the last and two either side of the current page,
/// with a gap (null) where numbers are skipped, so the pager stays short for any number of pages.
/// </summary>
internal static class PageWindow
{
    private const int Around = 2;

    public static IReadOnlyList<int?> Pages(int current, int count)
    {
        var shown = new List<int?>();
        for (var page = 1; page <= count; page++)
        {
            if (page == 1 || page == count || Math.Abs(page - current) <= Around)
            {
                shown.Add(page);
            }
            else if (shown.Count > 0 && shown[^1] is not null)
            {
                shown.Add(null);
            }
        }

        return shown;
    }
}
