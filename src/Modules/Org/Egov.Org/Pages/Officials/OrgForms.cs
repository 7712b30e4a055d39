using System.ComponentModel.DataAnnotations;

namespace Egov.Org.Pages.Officials;

// One form per change. Each handler checks its own form (no [Required]: a page binds all of them on every post).

/// <summary>A department's names, one per pack language (the page shows a field per language).</summary>
internal sealed class NamesForm
{
    public Dictionary<string, string?> Names { get; set; } = [];
}

internal sealed class AddDepartmentForm
{
    [Display(Name = "org.department.code", Description = "org.department.codeHint")]
    public string? Code { get; set; }

    public Dictionary<string, string?> Names { get; set; } = [];

    public string? HeadPost { get; set; }
}

internal sealed class MoveForm
{
    public Guid Parent { get; set; }
}

internal sealed class AppointForm
{
    [Display(Name = "org.official.employeeNumber")]
    public string? EmployeeNumber { get; set; }

    [Display(Name = "org.official.name")]
    public string? Name { get; set; }

    public string? Post { get; set; }

    public string? Grade { get; set; }

    [Display(Name = "org.official.appointedOn")]
    public DateOnly? On { get; set; }
}

internal sealed class TransferForm
{
    public Guid Department { get; set; }

    public string? Post { get; set; }

    public string? Grade { get; set; }

    [Display(Name = "org.official.transferredOn")]
    public DateOnly? On { get; set; }
}

internal sealed class LeaveForm
{
    [Display(Name = "org.leave.from")]
    public DateOnly? From { get; set; }

    [Display(Name = "org.leave.to")]
    public DateOnly? To { get; set; }

    public string? Deputy { get; set; }
}

internal sealed class DepartForm
{
    [Display(Name = "org.official.departedOn")]
    public DateOnly? On { get; set; }
}

internal sealed class DelegationRowForm
{
    public string? DocumentType { get; set; }

    [Display(Name = "org.delegation.min", Description = "org.delegation.minHint")]
    public decimal? Min { get; set; }

    [Display(Name = "org.delegation.max", Description = "org.delegation.maxHint")]
    public decimal? Max { get; set; }

    public string? Post { get; set; }

    public Dictionary<string, string?> Subject { get; set; } = [];
}
