namespace Egov.Approvals.Domain;

/// <summary>
/// The heading of the official format as the drafter fills it: what kind of document, how it is filed and kept, who
/// receives it. The number and the enforcement date are given at final approval.
/// </summary>
/// <param name="AgencyCode">The issuing agency.</param>
/// <param name="DepartmentId">The drafting department.</param>
/// <param name="DocumentType">A document type code of the pack.</param>
/// <param name="Amount">The amount committed, for types that commit money.</param>
/// <param name="Classification">A record classification code of the pack.</param>
/// <param name="Retention">A retention period code of the pack.</param>
/// <param name="Recipients">Who else receives it (수신), as written, outside the platform: printed, not dispatched.</param>
/// <param name="RecipientAgencies">The pack's agencies it is dispatched to once approved; with no recipients at all it is internal (내부결재).</param>
/// <param name="Via">Through whom it goes (경유), or empty.</param>
/// <param name="IsPublic">Published with the officials' names once approved.</param>
internal sealed record DocumentHeading(
    string AgencyCode, Guid DepartmentId, string DocumentType, decimal? Amount, string Classification, string Retention,
    string Recipients, IReadOnlyList<string> RecipientAgencies, string Via, bool IsPublic);
