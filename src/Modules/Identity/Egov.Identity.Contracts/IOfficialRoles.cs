namespace Egov.Identity.Contracts;

/// <summary>
/// The roles an official's account holds (<see cref="OfficialRoles"/>), for a module that must decide about an
/// official other than the one signed in — whom a comment may mention, for instance, when who may read the subject
/// depends on a role. For the official signed in, their session's claims already answer.
/// </summary>
public interface IOfficialRoles
{
    /// <summary>True when the official's account (user name = employee number) holds <paramref name="role"/>; false for an unknown account or one that is locked out.</summary>
    /// <param name="employeeNumber">The official's employee number.</param>
    /// <param name="role">A role of <see cref="OfficialRoles"/>.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    Task<bool> HoldsAsync(string employeeNumber, string role, CancellationToken cancellationToken = default);
}
