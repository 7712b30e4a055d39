using Egov.Platform.Events;

namespace Egov.Documents.Submitting;

/// <summary>A holder sent a document to an institution: its webhook is to be told (the outbox retries until it answers).</summary>
internal sealed record DocumentSubmitted(Guid SubmissionId) : IIntegrationEvent;
