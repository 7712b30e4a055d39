namespace Egov.Registries.Domain;

/// <summary>
/// A person in the population register. The personal identifier (a resident registration number) is held only
/// encrypted, and found through a keyed hash of its normalised form: neither reveals it without the register's keys.
/// </summary>
internal sealed class Resident
{
    public Guid Id { get; set; }

    /// <summary>The row's id in the population files it was imported from (its row number in files without ids); null when not imported.</summary>
    public long? FileId { get; set; }

    /// <summary>The normalised identifier, encrypted (<see cref="Protection.ResidentNumbers"/>).</summary>
    public required byte[] NumberCipher { get; set; }

    /// <summary>HMAC of the normalised identifier under the register's lookup key: unique, indexed.</summary>
    public required byte[] NumberHash { get; set; }

    public required string Name { get; set; }

    public string? LatinName { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary><c>male</c> or <c>female</c>, as the pack's identifier encodes it.</summary>
    public required string Sex { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Nationality { get; set; }

    public required string Status { get; set; }

    public DateOnly? DiedOn { get; set; }

    /// <summary>The region of the household's current address (kept here for region statistics at national scale).</summary>
    public string? RegionCode { get; set; }

    public Guid? HouseholdId { get; set; }

    public string? RelationToHead { get; set; }

    /// <summary>Mobile phone on record (E.164), where one-time codes go.</summary>
    public string? Phone { get; set; }

    public bool IsAlive => Status == ResidentStatus.Alive;
}

/// <summary>The codes of <see cref="Resident.Status"/>, as the population files write them.</summary>
internal static class ResidentStatus
{
    public const string Alive = "alive";
    public const string Deceased = "deceased";
    public const string Emigrated = "emigrated";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Alive, Deceased, Emigrated };
}
