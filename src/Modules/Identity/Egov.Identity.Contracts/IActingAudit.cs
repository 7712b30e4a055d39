namespace Egov.Identity.Contracts;

/// <summary>
/// Records what a person did in a module, with both people when acting on behalf: the audit entry names the
/// actor and the party represented, and a <see cref="DelegationUsed"/> event is published for the Security
/// module. Modules call it for every action that reads or changes someone's affairs.
/// </summary>
public interface IActingAudit
{
    /// <summary>Appends the audit entry for the current request's actor and subject.</summary>
    /// <param name="action">A stable dotted verb, e.g. <c>documents.certificate.issue</c>.</param>
    /// <param name="target">A stable reference to what was touched (never a personal number).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RecordAsync(string action, string target, CancellationToken cancellationToken = default);

    /// <summary>The same for a read of personal data, with why it was read and under which law (the person's access page shows both).</summary>
    /// <param name="action">A stable dotted verb, e.g. <c>registries.resident.self-view</c>.</param>
    /// <param name="target">A stable reference to what was read (never a personal number).</param>
    /// <param name="purpose">The purpose code.</param>
    /// <param name="legalBasis">The legal basis, as a code or the law's words.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RecordAsync(string action, string target, string purpose, string legalBasis, CancellationToken cancellationToken = default);
}
