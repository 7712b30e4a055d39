namespace Egov.Registries.Situations;

/// <summary>The columns of a living resident that a situation starts from (initialised by member, so queries can order by them).</summary>
internal sealed record SituationRow
{
    public Guid Id { get; init; }

    public DateOnly BirthDate { get; init; }

    public required string Sex { get; init; }

    public string? RegionCode { get; init; }

    public Guid? HouseholdId { get; init; }
}
