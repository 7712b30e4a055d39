using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>
/// The once-only exchange as the country configures it (<c>exchange.yaml</c>): the datasets the registers can
/// answer and the purposes a client may name, each with its legal basis, whether the person must consent, and
/// exactly which fields it receives; and the change feeds agencies may follow.
/// </summary>
/// <param name="Datasets">In file order; empty when the pack has no <c>exchange.yaml</c>.</param>
/// <param name="Purposes">In file order.</param>
/// <param name="Feeds">In file order. Purpose and feed codes are one set: a client grant names either.</param>
public sealed record ExchangeSettings(IReadOnlyList<ExchangeDataset> Datasets, IReadOnlyList<ExchangePurpose> Purposes, IReadOnlyList<ExchangeFeed> Feeds)
{
    /// <summary>A pack without <c>exchange.yaml</c>: no purpose and no feed, so every exchange request is refused.</summary>
    public static ExchangeSettings None { get; } = new([], [], []);

    /// <summary>The purpose with that code, or null.</summary>
    public ExchangePurpose? Purpose(string code) => Purposes.FirstOrDefault(p => p.Code == code);

    /// <summary>The feed with that code, or null.</summary>
    public ExchangeFeed? Feed(string code) => Feeds.FirstOrDefault(f => f.Code == code);
}

/// <summary>What the registers can answer under one code.</summary>
/// <param name="Code">Country-neutral code the registers implement (<c>resident.basic</c>).</param>
/// <param name="Names">What people read, per language.</param>
/// <param name="Fields">The fields the pack exposes, with the line each is written on (for start-up errors).</param>
/// <param name="Line">Line of the entry in <c>exchange.yaml</c>.</param>
public sealed record ExchangeDataset(string Code, IReadOnlyDictionary<string, string> Names, IReadOnlyList<ExchangeField> Fields, long Line)
{
    /// <summary>The name in <paramref name="culture"/>'s language, or the code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>One name as written in the pack: a field of a dataset or a feed, or an event kind of a feed.</summary>
/// <param name="Name">The name (<c>birthDate</c>, <c>move_in</c>).</param>
/// <param name="Line">Line it is written on.</param>
public sealed record ExchangeField(string Name, long Line);

/// <summary>Why a client may read a person's data.</summary>
/// <param name="Code">Stable code the client sends and the access log records (<c>bank.account-opening</c>).</param>
/// <param name="Names">What the person reads on their consent page, per language.</param>
/// <param name="LegalBasis">The law (and, where so, the consent) that allows the read, as the log records it.</param>
/// <param name="NeedsConsent">True when the person must have consented, for this client and purpose, before each read.</param>
/// <param name="Receives">Dataset by dataset, the only fields the client receives, in file order.</param>
public sealed record ExchangePurpose(
    string Code, IReadOnlyDictionary<string, string> Names, string LegalBasis, bool NeedsConsent, IReadOnlyList<ExchangeSelection> Receives)
{
    /// <summary>The name in <paramref name="culture"/>'s language, or the code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);

    /// <summary>Every field received, as <c>dataset.field</c>, in file order.</summary>
    public IEnumerable<string> QualifiedFields => Receives.SelectMany(r => r.Fields.Select(f => $"{r.Dataset}.{f}"));
}

/// <summary>The fields of one dataset a purpose receives.</summary>
/// <param name="Dataset">A dataset code of the pack.</param>
/// <param name="Fields">Fields of that dataset, each once.</param>
public sealed record ExchangeSelection(string Dataset, IReadOnlyList<string> Fields);

/// <summary>
/// A change feed: the life events of the population register an agency may follow as they are recorded
/// (<c>GET /api/v1/registries/life-events</c>), by law only — a feed concerns everyone, so no one's consent can
/// ground it. Granted to clients like a purpose.
/// </summary>
/// <param name="Code">Stable code a grant names and the access log records (<c>local-tax.residents</c>).</param>
/// <param name="Names">What administrators and people read, per language.</param>
/// <param name="LegalBasis">The law that allows handing the events over, as the log records it.</param>
/// <param name="Kinds">The event kinds the feed carries (the registers' codes: <c>move_in</c>, <c>death</c>…), in file order.</param>
/// <param name="Fields">The only fields each event carries (<c>kind</c>, <c>effectiveOn</c>, <c>resident</c>…), in file order.</param>
/// <param name="Line">Line of the entry in <c>exchange.yaml</c>.</param>
public sealed record ExchangeFeed(
    string Code, IReadOnlyDictionary<string, string> Names, string LegalBasis, IReadOnlyList<ExchangeField> Kinds, IReadOnlyList<ExchangeField> Fields, long Line)
{
    /// <summary>The name in <paramref name="culture"/>'s language, or the code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>Picks a text of a "one per language" map.</summary>
internal static class LocalName
{
    public static string In(IReadOnlyDictionary<string, string> names, CultureInfo culture, string fallback)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return names.TryGetValue(culture.Name, out var name) || names.TryGetValue(culture.TwoLetterISOLanguageName, out name) ? name : fallback;
    }
}
