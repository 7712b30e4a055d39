using Egov.Platform.Packs;
using Egov.Registries.Domain;

namespace Egov.Registries.LifeEvents;

/// <summary>A birth as a registrar reports it, from the record of the parent whose household the child joins.</summary>
/// <param name="ParentId">The reporting parent: the child joins their household.</param>
/// <param name="OtherParentId">The other parent when registered (found by number), else null.</param>
internal sealed record BirthReport(Guid ParentId, Guid? OtherParentId, string Name, string? LatinName, DateOnly BornOn, Sex Sex);

/// <summary>
/// The rules a reported birth must meet before anything is written, and what follows from the parents (the
/// child's relation in the household, its nationality). Pure: the register's state comes in as arguments.
/// </summary>
internal static class BirthRules
{
    /// <summary>
    /// A father may have died up to this many days before the birth: a child born within 300 days after a
    /// marriage ends is presumed conceived during it (Korea's Civil Act art. 844(2); Japan's Civil Code
    /// art. 772(2) and Germany's BGB § 1593 count the same 300 days). The register records sex, not who gave
    /// birth, so the allowance goes to a male parent; a female parent must be alive on the day.
    /// </summary>
    public const int PosthumousFatherDays = 300;

    /// <summary>
    /// The youngest a parent can be on the birth date, in full years. Not a legal age: a plausibility bound that
    /// catches a parent's or child's date typed wrong. A true case below it goes to the supervising office.
    /// </summary>
    public const int MinimumParentAge = 12;

    /// <summary>
    /// The rules <paramref name="report"/> breaks, in the order a registrar fixes them (none: it may be recorded).
    /// <paramref name="otherParent"/> is null when none was reported or when the number found nobody (the page says so).
    /// </summary>
    public static IReadOnlyList<RuleViolation> Check(BirthReport report, Resident? parent, Resident? otherParent, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (parent is null)
        {
            return [new RuleViolation("ResidentId", "registries.rule.unknownResident")];
        }

        var violations = new List<RuleViolation>();
        if (report.OtherParentId is { } otherId && (otherId == parent.Id || otherParent is null))
        {
            violations.Add(new RuleViolation("OtherParentId", otherId == parent.Id ? "registries.rule.sameParent" : "registries.rule.unknownResident"));
        }

        if (Names.Normalize(report.Name ?? "").Length is 0 or > 200)
        {
            violations.Add(new RuleViolation("Name", "registries.rule.childName"));
        }

        if (report.BornOn > today)
        {
            violations.Add(new RuleViolation("BornOn", "registries.rule.future"));
        }

        // The child joins the reporting parent's household and lives at its address: they must live here.
        if (parent.Status == ResidentStatus.Emigrated)
        {
            violations.Add(new RuleViolation("ResidentId", "registries.rule.notAlive"));
        }
        else if (parent.HouseholdId is null)
        {
            violations.Add(new RuleViolation("ResidentId", "registries.rule.noHousehold"));
        }

        violations.AddRange(ParentProblems(parent, report.BornOn, "BornOn"));
        if (otherParent is not null && otherParent.Id != parent.Id)
        {
            violations.AddRange(ParentProblems(otherParent, report.BornOn, "OtherParentId"));
        }

        return violations;
    }

    /// <summary>The child's relation to the head of the household it joins, from its parent's relation to that head.</summary>
    public static string RelationInHousehold(string? parentRelation) => parentRelation switch
    {
        "head" or "spouse" => "child",
        "child" or "child_in_law" => "grandchild",
        "parent" => "sibling",
        _ => "other",
    };

    /// <summary>
    /// The child's nationality: the country's when either parent holds it (descent, as Korea's Nationality Act
    /// art. 2 and Japan's art. 2 have it), otherwise the reporting parent's.
    /// </summary>
    public static string Nationality(Resident parent, Resident? otherParent, string country)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return parent.Nationality == country || otherParent?.Nationality == country ? country : parent.Nationality;
    }

    private static IEnumerable<RuleViolation> ParentProblems(Resident parent, DateOnly bornOn, string field)
    {
        // A death without a date cannot be placed after the birth.
        if (parent.Status == ResidentStatus.Deceased
            && (parent.DiedOn is not { } died || (died < bornOn && (parent.Sex != "male" || died.AddDays(PosthumousFatherDays) < bornOn))))
        {
            yield return new RuleViolation(field, "registries.rule.parentDied");
        }

        if (Age.InFullYears(parent.BirthDate, bornOn) < MinimumParentAge)
        {
            yield return new RuleViolation(field, "registries.rule.parentTooYoung");
        }
    }
}
