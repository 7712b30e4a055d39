namespace Egov.Org.Domain;

/// <summary>
/// An official's record: who they are (employee number, which is also their account's user name), where they serve
/// and in which post and grade. Leave is not a stored status: it follows from <see cref="Leave"/> rows and the day asked
/// about. A departure is final; the record stays, with its history.
/// </summary>
internal sealed class Official
{
    public Guid Id { get; set; }

    public required string EmployeeNumber { get; set; }

    public required string Name { get; set; }

    public required string AgencyCode { get; set; }

    public Guid DepartmentId { get; set; }

    public required string PostCode { get; set; }

    public required string GradeCode { get; set; }

    /// <summary>The day they left the service; null while they serve.</summary>
    public DateOnly? DepartedOn { get; set; }

    public bool HasDeparted(DateOnly day) => DepartedOn is { } departed && departed <= day;
}
