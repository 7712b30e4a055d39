namespace Egov.Platform.Packs;

/// <summary>An administrative region (province, city, district…) from the pack's region table.</summary>
/// <param name="Code">Official code, unique in the pack.</param>
/// <param name="ParentCode">Code of the enclosing region; null at the top level.</param>
/// <param name="Level">1 for the top level, growing inwards.</param>
/// <param name="Names">Name per pack language.</param>
public sealed record Region(string Code, string? ParentCode, int Level, IReadOnlyDictionary<string, string> Names);

/// <summary>A level of the region hierarchy and the shape of its codes.</summary>
/// <param name="Level">1 for the top level.</param>
/// <param name="Names">What a region of this level is called, per language (<c>시·도</c>).</param>
/// <param name="CodePattern">Regular expression every code of this level must match.</param>
public sealed record RegionLevel(int Level, IReadOnlyDictionary<string, string> Names, string CodePattern);

/// <summary>A public agency from the pack's agency table.</summary>
/// <param name="Code">Official agency code.</param>
/// <param name="ParentCode">Supervising agency, if any.</param>
/// <param name="Kind">Free classification from the pack (<c>central</c>, <c>provincial</c>).</param>
/// <param name="RegionCode">Region the agency governs, for local governments.</param>
/// <param name="Names">Name per pack language.</param>
public sealed record Agency(
    string Code,
    string? ParentCode,
    string Kind,
    string? RegionCode,
    IReadOnlyDictionary<string, string> Names);
