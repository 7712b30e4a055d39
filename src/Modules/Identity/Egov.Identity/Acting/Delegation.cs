using Egov.Identity.Contracts;

namespace Egov.Identity.Acting;

/// <summary>
/// One person or company the actor may act for today, and what it covers.
/// </summary>
/// <param name="Kind">Why the actor may act.</param>
/// <param name="Subject">Who is represented.</param>
/// <param name="Services">For a power of attorney, the service codes it names; null means every service.</param>
/// <param name="ValidUntil">For a power of attorney, its last day.</param>
internal sealed record Delegation(DelegationKind Kind, Party Subject, IReadOnlySet<string>? Services, DateOnly? ValidUntil)
{
    public bool Allows(string serviceCode) => Services is null || Services.Contains(serviceCode);
}
