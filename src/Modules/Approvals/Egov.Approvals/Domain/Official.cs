namespace Egov.Approvals.Domain;

/// <summary>An official as a document records them: employee number and the name they had when they acted.</summary>
internal sealed record Official(string Number, string Name);
