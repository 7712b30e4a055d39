namespace Egov.Approvals.Drafting;

/// <summary>What a drafter (or a linked system) fills in.</summary>
/// <param name="DocumentType">A document type code of the pack.</param>
/// <param name="Amount">The amount, for types that commit money.</param>
/// <param name="Classification">A classification code; the type's default when null.</param>
/// <param name="Retention">A retention code; the classification's default when null.</param>
/// <param name="Title">The title (제목).</param>
/// <param name="Content">The content.</param>
/// <param name="Attachments">The attachments' names (붙임).</param>
/// <param name="Recipients">Recipients outside the platform (수신), as written: printed, not dispatched.</param>
/// <param name="Via">Via (경유), or empty.</param>
/// <param name="IsPublic">Published once approved.</param>
/// <param name="Choices">Co-approving departments and carbon copies on top of the proposed line.</param>
internal sealed record DraftInput(
    string? DocumentType, decimal? Amount, string? Classification, string? Retention, string? Title, string? Content,
    IReadOnlyList<string> Attachments, string? Recipients, string? Via, bool IsPublic, LineChoices Choices)
{
    /// <summary>Codes of the pack's agencies the document is dispatched to once approved.</summary>
    public IReadOnlyList<string> RecipientAgencies { get; init; } = [];
}

/// <summary>What the drafter adds to the line the delegation table proposes; also what a saved personal line keeps.</summary>
/// <param name="CoApprovalDepartments">Departments whose heads co-approve (협조).</param>
/// <param name="CoApprovalInParallel">True: they act at once; false: one after another, in the order given.</param>
/// <param name="Copies">Employee numbers of officials who receive a carbon copy (참조).</param>
internal sealed record LineChoices(IReadOnlyList<Guid> CoApprovalDepartments, bool CoApprovalInParallel, IReadOnlyList<string> Copies)
{
    public static LineChoices None { get; } = new([], true, []);
}
