using Egov.Benefits.Facts;
using Egov.Benefits.Rules;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Eligibility;

/// <summary>One person's context for the rules: their register situation (read and logged) and their declared facts.</summary>
internal sealed class PersonContexts(IPersonSituations situations, FactStore facts)
{
    /// <summary>The context on <paramref name="asOf"/>, or null when the register has no such living resident.</summary>
    public async Task<PersonContext?> ForAsync(ResidentId person, DateOnly asOf, DataPurpose purpose, CancellationToken cancellationToken) =>
        await situations.ReadAsync(person, purpose, cancellationToken) is { } situation
            ? ContextFactory.Create(situation, asOf, await facts.ReadAsync(person.Value, cancellationToken))
            : null;
}
