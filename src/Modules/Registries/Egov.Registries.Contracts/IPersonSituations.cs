namespace Egov.Registries.Contracts;

/// <summary>
/// What rules about entitlements read from the registers: ages, household, children, marriage and region — no names
/// and no identifiers. The Benefits module evaluates its rules over it, for one person or the whole population.
/// </summary>
public interface IPersonSituations
{
    /// <summary>
    /// A living resident's situation today, or null when the register has no such living resident. Logged for the
    /// person and for every household member or child it mentions.
    /// </summary>
    /// <param name="person">Whom it is about.</param>
    /// <param name="purpose">Who reads and why.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PersonSituation?> ReadAsync(ResidentId person, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every living resident's situation, streamed in id order with flat memory, for population-wide evaluation: in chunks
    /// of a few thousand consecutive residents, each holding every living resident whose id lies between its first and its
    /// last (so data kept by resident can be read for a chunk as one range of ids). The next chunks are read while the
    /// caller works on one. Logged once in the audit chain as a bulk read with its purpose (not once per resident).
    /// </summary>
    /// <param name="purpose">Who reads and why.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    IAsyncEnumerable<IReadOnlyList<PersonSituation>> ReadAllAsync(DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// The living residents born on any of the dates, streamed in id order with flat memory: the people a daily sweep
    /// finds crossing an age threshold. Logged once in the audit chain as a bulk read with its purpose.
    /// </summary>
    /// <param name="birthDates">The dates of birth asked for (a handful: one or two per age threshold).</param>
    /// <param name="purpose">Who reads and why.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    IAsyncEnumerable<ResidentId> LivingBornOnAsync(IReadOnlyCollection<DateOnly> birthDates, DataPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>How many living residents <see cref="ReadAllAsync"/> will stream (for progress).</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    Task<long> CountLivingAsync(CancellationToken cancellationToken = default);
}

/// <summary>A living resident's situation as the register records it now.</summary>
/// <param name="Id">The resident.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex"><c>male</c> or <c>female</c>.</param>
/// <param name="RegionCode">The region of the registered address, if any.</param>
/// <param name="HasSpouse">A marriage is registered and not dissolved.</param>
/// <param name="Children">The living children (by birth or adoption), oldest first, wherever they live.</param>
/// <param name="BirthOrder">1 for a parent's first child: 1 + the children of the person's parents born before them.</param>
/// <param name="Household">The other living members of the person's household.</param>
public sealed record PersonSituation(
    ResidentId Id, DateOnly BirthDate, string Sex, string? RegionCode, bool HasSpouse,
    IReadOnlyList<DateOnly> Children, int BirthOrder, IReadOnlyList<HouseholdMate> Household);

/// <summary>Another member of a person's household.</summary>
/// <param name="Id">The member.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="IsParent">They are a parent of the person.</param>
/// <param name="IsChild">They are a child of the person.</param>
public sealed record HouseholdMate(ResidentId Id, DateOnly BirthDate, bool IsParent, bool IsChild);
