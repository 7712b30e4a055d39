using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>
/// The once-only exchange as the country configures it (<c>exchange.yaml</c>): the datasets the registers can
/// answer and the purposes a client may name, each with its legal basis, whether the person must consent, and
/// exactly which fields it receives.
/// </summary>
/// <param name="Datasets">In file order; empty when the pack has no <c>exchange.yaml</c>.</param>
/// <param name="Purposes">In file order.</param>
public sealed record ExchangeSettings(IReadOnlyList<ExchangeDataset> Datasets, IReadOnlyList<ExchangePurpose> Purposes)
{
    /// <summary>A pack without <c>exchange.yaml</c>: no purpose, so every exchange request is refused.</summary>
    public static ExchangeSettings None { get; } = new([], []);

    /// <summary>The purpose with that code, or null.</summary>
    public ExchangePurpose? Purpose(string code) => Purposes.FirstOrDefault(p => p.Code == code);
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

/// <summary>One field of a dataset as written in the pack.</summary>
/// <param name="Name">Field name (<c>birthDate</c>).</param>
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

/// <summary>Picks a text of a "one per language" map.</summary>
internal static class LocalName
{
    public static string In(IReadOnlyDictionary<string, string> names, CultureInfo culture, string fallback)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return names.TryGetValue(culture.Name, out var name) || names.TryGetValue(culture.TwoLetterISOLanguageName, out name) ? name : fallback;
    }
}
