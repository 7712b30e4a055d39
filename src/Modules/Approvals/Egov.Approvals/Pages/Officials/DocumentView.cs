using Egov.Approvals.Domain;

namespace Egov.Approvals.Pages.Officials;

/// <summary>What the official-format partial (<c>Pages/Shared/_ApprovalDocument.cshtml</c>) shows.</summary>
/// <param name="Document">The document.</param>
/// <param name="DepartmentName">The drafting department's name in the reader's language.</param>
/// <param name="ShowState">True on the card: its status and whether it will be published; outsiders see the approved document only.</param>
internal sealed record DocumentView(ApprovalDocument Document, string DepartmentName, bool ShowState);
