namespace Egov.Platform.Packs;

/// <summary>What a resident may entrust to another with a power of attorney (<c>delegation.yaml</c>).</summary>
/// <param name="Services">The delegable services, in file order; empty when the pack offers none.</param>
/// <param name="MaxMonths">The longest a power may run from the day it is granted.</param>
public sealed record DelegationSettings(IReadOnlyList<DelegableService> Services, int MaxMonths)
{
    /// <summary>A pack without <c>delegation.yaml</c>: nothing can be delegated.</summary>
    public static DelegationSettings None { get; } = new([], 0);

    /// <summary>The service with that code, or null.</summary>
    public DelegableService? Find(string code) => Services.FirstOrDefault(s => s.Code == code);

    /// <summary>What people read for a service code, in the current UI language; a code no longer offered shows as itself.</summary>
    public string NameOf(string code) => Find(code)?.NameIn(System.Globalization.CultureInfo.CurrentUICulture) ?? code;
}

/// <summary>One service a power of attorney can name.</summary>
/// <param name="Code">Stable, country-neutral code that modules check (<c>certificates.issue</c>).</param>
/// <param name="Names">What people read, per language.</param>
public sealed record DelegableService(string Code, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The name in <paramref name="culture"/>'s language, or the code when the pack has none for it.</summary>
    public string NameIn(System.Globalization.CultureInfo culture) => LocalName.In(Names, culture, Code);
}
