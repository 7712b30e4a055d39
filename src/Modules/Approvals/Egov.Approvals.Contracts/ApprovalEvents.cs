namespace Egov.Approvals.Contracts;

/// <summary>
/// A document received its final approval (결재): it now has its number and is in force. Announced through the
/// module's outbox in the same transaction as the approval.
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="AgencyCode">The agency that issued it.</param>
/// <param name="DocumentNumber">Its number (agency code, classification and yearly serial, as the pack writes it).</param>
/// <param name="DocumentType">Its document type code of the pack (<c>general</c>, <c>expenditure</c>…).</param>
/// <param name="At">When the final approval was given (UTC).</param>
public sealed record DocumentApproved(Guid DocumentId, string AgencyCode, string DocumentNumber, string DocumentType, DateTime At)
    : Egov.Platform.Events.IIntegrationEvent;
