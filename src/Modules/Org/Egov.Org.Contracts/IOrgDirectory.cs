namespace Egov.Org.Contracts;

/// <summary>
/// The organisation as other modules see it: who an official is and where they sit, who heads which department,
/// who holds final authority for a kind of document (the agency's delegation table, 전결 규정) and who acts for
/// an official on leave (대결). Read-only: the Org module's own pages maintain it.
/// </summary>
public interface IOrgDirectory
{
    /// <summary>The official with this employee number (their account's user name), or null.</summary>
    Task<OfficialCard?> FindOfficialAsync(string employeeNumber, CancellationToken cancellationToken = default);

    /// <summary>The department, or null.</summary>
    Task<DepartmentCard?> FindDepartmentAsync(Guid departmentId, CancellationToken cancellationToken = default);

    /// <summary>Every department of the agency, parents before children (tree order), the agency's root first.</summary>
    Task<IReadOnlyList<DepartmentCard>> DepartmentsAsync(string agencyCode, CancellationToken cancellationToken = default);

    /// <summary>The officials serving in the department (on leave included), the head first.</summary>
    Task<IReadOnlyList<OfficialCard>> MembersAsync(Guid departmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Who gives final approval for a document drafted in a department, by the agency's delegation table, and the
    /// heads who review it on the way up (the line the platform proposes).
    /// </summary>
    Task<FinalAuthority> FinalAuthorityAsync(FinalAuthorityQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Who acts for the official on that day: the official themself when present, the deputy named for their leave
    /// while they are away (대결). Null when the employee number is unknown.
    /// </summary>
    Task<StandIn?> StandInAsync(string employeeNumber, DateOnly day, CancellationToken cancellationToken = default);
}

/// <summary>An official as other modules need them.</summary>
/// <param name="EmployeeNumber">Their employee number; also their account's user name.</param>
/// <param name="Name">Their name.</param>
/// <param name="AgencyCode">The agency (a code of the pack's agency table).</param>
/// <param name="DepartmentId">The department they serve in.</param>
/// <param name="PostCode">Their post (직위), a code of the pack's post list.</param>
/// <param name="GradeCode">Their grade (직급), a code of the pack's grade list.</param>
/// <param name="Status">Serving, on leave or gone.</param>
/// <param name="IsHead">True when they head their department.</param>
public sealed record OfficialCard(
    string EmployeeNumber, string Name, string AgencyCode, Guid DepartmentId, string PostCode, string GradeCode, OfficialStatus Status, bool IsHead);

/// <summary>Where an official stands today.</summary>
public enum OfficialStatus
{
    /// <summary>Serving.</summary>
    Serving = 0,

    /// <summary>On leave: a deputy acts for them.</summary>
    OnLeave = 1,

    /// <summary>Retired or left the service: may no longer act.</summary>
    Departed = 2,
}

/// <summary>A department of an agency's tree.</summary>
/// <param name="Id">Its id.</param>
/// <param name="AgencyCode">The agency it belongs to.</param>
/// <param name="ParentId">The department above it, or null for the agency's root.</param>
/// <param name="Code">A short code unique in the agency (used in document numbers).</param>
/// <param name="Names">Its name per pack language (<c>ko</c>, <c>en</c>, <c>ja</c>).</param>
/// <param name="HeadPostCode">The post that heads it (과장, 국장, 시장…).</param>
public sealed record DepartmentCard(Guid Id, string AgencyCode, Guid? ParentId, string Code, IReadOnlyDictionary<string, string> Names, string HeadPostCode)
{
    /// <summary>The name in the language, else the first one given.</summary>
    public string NameIn(string language) => Names.TryGetValue(language, out var name) ? name : Names.Values.First();
}

/// <summary>What a document is, for the delegation table.</summary>
/// <param name="DraftingDepartmentId">The department it is drafted in.</param>
/// <param name="DocumentType">A document type code of the pack (<c>general</c>, <c>expenditure</c>…).</param>
/// <param name="Amount">The amount it commits, in the pack's currency, when it commits one.</param>
public sealed record FinalAuthorityQuery(Guid DraftingDepartmentId, string DocumentType, decimal? Amount)
{
    /// <summary>
    /// The drafter's employee number, when known: a drafter who heads a department on the way up is not proposed as
    /// their own reviewer.
    /// </summary>
    public string? DrafterEmployeeNumber { get; init; }
}

/// <summary>Who gives final approval, and why.</summary>
/// <param name="PostCode">The post the delegation table gives.</param>
/// <param name="Approver">The official holding that post above the drafting department, or null when it is vacant.</param>
/// <param name="IsDelegated">True when the post is below the agency's head: the approval is marked 전결.</param>
/// <param name="Reviewers">The heads between the drafting department and the approver, nearest first (검토).</param>
/// <param name="Rule">The row of the delegation table that decided, in plain words, for the document card.</param>
public sealed record FinalAuthority(string PostCode, OfficialCard? Approver, bool IsDelegated, IReadOnlyList<OfficialCard> Reviewers, string Rule);

/// <summary>Who acts for an official on a day.</summary>
/// <param name="For">The official asked about.</param>
/// <param name="Acting">Who acts: <paramref name="For"/> when present, their deputy while on leave.</param>
/// <param name="IsProxy">True when <paramref name="Acting"/> is a deputy (대결): the absent official is told afterwards.</param>
public sealed record StandIn(OfficialCard For, OfficialCard Acting, bool IsProxy);
