namespace Egov.Approvals.Api;

/// <summary>
/// The deployment's settings of e-approval (configuration section <c>Approvals</c>): which agencies each linked
/// system may submit documents for. A system not listed submits for none, so a client given the scope by mistake
/// still cannot put words in any official's mouth.
/// </summary>
internal sealed class ApprovalsOptions
{
    public const string Section = "Approvals";

    /// <summary>Client id → the agency codes whose officials it may name as drafters.</summary>
    public Dictionary<string, string[]> LinkedSystemAgencies { get; init; } = [];

    public bool MaySubmitFor(string clientId, string agencyCode) =>
        LinkedSystemAgencies.TryGetValue(clientId, out var agencies) && agencies.Contains(agencyCode, StringComparer.Ordinal);
}
