namespace Egov.Approvals.Sealing;

/// <summary>
/// An approved official document (공문서) as its sealed PDF shows it: what the approval module knows when the line is
/// complete, in plain text the pack's writing rules have not yet touched (dates as dates; amounts in the body as
/// <c>{amount:113560}</c>, dates as <c>{date:2025-03-09}</c>, written by <see cref="Platform.Packs.OfficialWriting.Render"/>).
/// </summary>
/// <param name="AgencyCode">The issuing agency's code in the pack: whose seal signs the document.</param>
/// <param name="AgencyName">The issuing agency's name, the heading of the document.</param>
/// <param name="DocumentNumber">The enforcement number (시행 번호), e.g. <c>디지털정부정책과-1234</c>.</param>
/// <param name="EnforcedOn">The enforcement date (시행일).</param>
/// <param name="Retention">The retention period as the document shows it (<c>10년</c>).</param>
/// <param name="Recipients">The recipients (수신); with more than one the heading refers to the list at the foot.</param>
/// <param name="Via">The agency the document passes through (경유), if any.</param>
/// <param name="Copies">Who receives it for reference (참조).</param>
/// <param name="Title">The subject (제목).</param>
/// <param name="Paragraphs">The body, one paragraph each; a paragraph starting with a marker (<c>1.</c>, <c>가.</c>) hangs.</param>
/// <param name="Attachments">The attachments' names (붙임), in order.</param>
/// <param name="Sender">The sender (발신명의): the agency head's title, e.g. <c>행정안전부장관</c>.</param>
/// <param name="Signatures">The approval line as signed, in order: drafter, reviewers, co-approvers and the final approver.</param>
/// <param name="Address">The agency's address line of the footer, if given.</param>
internal sealed record OfficialDocument(
    string AgencyCode,
    string AgencyName,
    string DocumentNumber,
    DateOnly EnforcedOn,
    string Retention,
    IReadOnlyList<string> Recipients,
    string? Via,
    IReadOnlyList<string> Copies,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Attachments,
    string Sender,
    IReadOnlyList<ApprovalSignature> Signatures,
    string? Address);

/// <summary>One signature of the approval block: the official's post and name, what they did, and the day.</summary>
internal sealed record ApprovalSignature(string Post, string Name, ApprovalMark Mark, DateOnly SignedOn);

/// <summary>What a signature in the approval block stands for; each is labelled by the pack's writing rules.</summary>
internal enum ApprovalMark
{
    /// <summary>기안: the drafter.</summary>
    Draft,

    /// <summary>검토: a reviewer on the line.</summary>
    Review,

    /// <summary>협조: a co-approving department.</summary>
    Cooperation,

    /// <summary>전결: final approval by the post the delegation table names.</summary>
    Delegated,

    /// <summary>대결: final approval by a deputy while the approver is away.</summary>
    Proxy,

    /// <summary>결재: final approval by the head.</summary>
    Final,
}
