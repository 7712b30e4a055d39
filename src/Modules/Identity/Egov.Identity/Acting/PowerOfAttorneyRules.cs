using Egov.Platform.Packs;

namespace Egov.Identity.Acting;

/// <summary>Why a grant is refused; each has its own message on the grant page.</summary>
internal enum GrantRefusal
{
    /// <summary>The agent is the grantor: nobody needs a power to act for themselves.</summary>
    ToOneself,

    /// <summary>No service chosen, or a code the pack does not offer (a tampered form).</summary>
    NoValidService,

    /// <summary>The last day is today or earlier: the power would be born dead.</summary>
    UntilNotInFuture,

    /// <summary>Longer than the pack allows.</summary>
    UntilTooFar,
}

/// <summary>The rules a new power of attorney must meet, checked before anything is written.</summary>
internal static class PowerOfAttorneyRules
{
    /// <summary>The last day a power granted on <paramref name="today"/> may run to.</summary>
    public static DateOnly LatestUntil(DateOnly today, DelegationSettings settings) => today.AddMonths(settings.MaxMonths);

    public static GrantRefusal? Check(
        Guid grantor, Guid agent, IReadOnlyCollection<string> services, DateOnly until, DateOnly today, DelegationSettings settings) =>
        grantor == agent ? GrantRefusal.ToOneself : CheckServices(services, settings) ?? CheckUntil(until, today, settings);

    /// <summary>At least one service, each offered by the pack.</summary>
    public static GrantRefusal? CheckServices(IReadOnlyCollection<string> services, DelegationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        return services.Count == 0 || services.Any(code => settings.Find(code) is null) ? GrantRefusal.NoValidService : null;
    }

    /// <summary>A last day after today and within the pack's maximum.</summary>
    public static GrantRefusal? CheckUntil(DateOnly until, DateOnly today, DelegationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (until <= today)
        {
            return GrantRefusal.UntilNotInFuture;
        }

        return until > LatestUntil(today, settings) ? GrantRefusal.UntilTooFar : null;
    }

    public static PowerOfAttorney Grant(
        Guid grantor, Guid agent, IReadOnlyCollection<string> services, DateOnly until, DateOnly today, DelegationSettings settings, DateTime now)
    {
        if (Check(grantor, agent, services, until, today, settings) is { } refusal)
        {
            throw new InvalidOperationException($"Power of attorney refused: {refusal}.");
        }

        return new PowerOfAttorney
        {
            Id = Guid.CreateVersion7(now),
            GrantorResidentId = grantor,
            AgentResidentId = agent,
            Services = [.. services.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            ValidFrom = today,
            ValidUntil = until,
            CreatedAt = now,
        };
    }
}
