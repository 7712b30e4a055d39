using System.ComponentModel;

namespace Egov.Field.Planning;

/// <summary>A plan an inspection manager makes: every building of one use in a region, this year, split among inspectors.</summary>
internal sealed record PlanRequest(
    [property: Description("The manager's client-generated id: the same plan sent twice is made once.")] Guid ClientId,
    [property: Description("A template code of the country pack's field.yaml.")] string? Template,
    [property: Description("A region code of the pack; its sub-regions are covered too.")] string? Region,
    [property: Description("A building use code of the pack.")] string? Use,
    [property: Description("The year the plan covers.")] int Year,
    [property: Description("The date every assignment is due.")] DateOnly DueOn,
    [property: Description("Employee numbers of the agency's inspectors, given buildings in turn.")] IReadOnlyList<string>? Inspectors);

/// <summary>A plan as made.</summary>
internal sealed record PlanSummary(Guid Id, string Template, string Region, string Use, int Year, DateOnly DueOn, int Assignments);
