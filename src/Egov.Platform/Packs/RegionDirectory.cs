namespace Egov.Platform.Packs;

/// <summary>The pack's regions with look-ups by code and by parent.</summary>
public sealed class RegionDirectory
{
    private readonly Dictionary<string, Region> byCode;
    private readonly ILookup<string, Region> byParent;

    public RegionDirectory(IReadOnlyList<Region> regions, IReadOnlyList<RegionLevel> levels)
    {
        All = regions;
        Levels = levels;
        byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        byParent = regions.Where(r => r.ParentCode is not null).ToLookup(r => r.ParentCode!, StringComparer.Ordinal);
    }

    public static RegionDirectory Empty { get; } = new([], []);

    /// <summary>Every region in file order.</summary>
    public IReadOnlyList<Region> All { get; }

    public IReadOnlyList<RegionLevel> Levels { get; }

    /// <summary>Regions of level 1 (provinces, prefectures…).</summary>
    public IEnumerable<Region> TopLevel => All.Where(r => r.ParentCode is null);

    public Region? Find(string code) => byCode.GetValueOrDefault(code);

    public IEnumerable<Region> ChildrenOf(string code) => byParent[code];
}
