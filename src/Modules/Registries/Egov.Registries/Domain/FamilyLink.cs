namespace Egov.Registries.Domain;

/// <summary>
/// A family relation: <see cref="RelativeId"/> is the parent (or adoptive parent) of <see cref="ResidentId"/>,
/// or the two are spouses from <see cref="Since"/> until a divorce or death.
/// </summary>
internal sealed class FamilyLink
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    public Guid ResidentId { get; set; }

    public Guid RelativeId { get; set; }

    public required string Relation { get; set; }

    public DateOnly? Since { get; set; }

    public DateOnly? Until { get; set; }
}

/// <summary>The codes of <see cref="FamilyLink.Relation"/>.</summary>
internal static class FamilyRelation
{
    public const string Parent = "parent";
    public const string AdoptiveParent = "adoptive_parent";
    public const string Spouse = "spouse";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Parent, AdoptiveParent, Spouse };
}
