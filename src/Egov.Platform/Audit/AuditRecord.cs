namespace Egov.Platform.Audit;

/// <summary>What a module asks the audit log to remember; the log adds time, order and hashes.</summary>
/// <param name="Actor">Who acted (account id, official id, client id, or <c>system:&lt;component&gt;</c>).</param>
/// <param name="Action">A stable dotted verb, e.g. <c>registries.person.read</c>.</param>
/// <param name="Subject">A stable reference to what was touched; never a resident number.</param>
/// <param name="OnBehalfOf">The person or company represented, when acting under delegation.</param>
/// <param name="Purpose">Why personal data was used.</param>
/// <param name="LegalBasis">The law or consent that allows it.</param>
public sealed record AuditRecord(
    string Actor,
    string Action,
    string Subject,
    string? OnBehalfOf = null,
    string? Purpose = null,
    string? LegalBasis = null);
