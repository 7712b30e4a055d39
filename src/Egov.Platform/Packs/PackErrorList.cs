namespace Egov.Platform.Packs;

/// <summary>Collects errors across all pack files so one run reports everything, not just the first.</summary>
internal sealed class PackErrorList
{
    private readonly List<PackError> errors = [];

    public int Count => errors.Count;

    public void Add(string file, long line, string field, string message) =>
        errors.Add(new PackError(file, (int)Math.Clamp(line, 1, int.MaxValue), field, message));

    public IReadOnlyList<PackError> Sorted() =>
        [.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)];
}
