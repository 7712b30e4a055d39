using System.Text.RegularExpressions;
using Egov.Platform.Packs.Demo;

namespace Egov.Platform.Packs;

/// <summary>Reads the optional <c>delegation.yaml</c>: unique well-formed service codes, names in every language, a sane maximum.</summary>
internal static partial class DelegationSettingsReader
{
    public const string FileName = "delegation.yaml";

    /// <summary>Ten years: a longer power is a standing mandate, which belongs to a notary, not a web form.</summary>
    private const int MaxMonthsLimit = 120;

    public static DelegationSettings Read(string packDirectory, IReadOnlyList<string> languages, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return DelegationSettings.None;
        }

        var maxMonths = f.Int("maxMonths");
        if (maxMonths is < 1 or > MaxMonthsLimit)
        {
            f.Error(f.Node("maxMonths", false)!, "maxMonths", $"must be between 1 and {MaxMonthsLimit}");
        }

        var services = new List<DelegableService>();
        var codes = new UniqueValues("service code");
        var list = f.List("services");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"services[{i}]") is not { } entry)
            {
                continue;
            }

            var code = entry.String("code");
            if (code is not null && !CodePattern().IsMatch(code))
            {
                entry.Error(entry.Node("code", false)!, entry.FieldPath("code"), "must be lower-case dotted words (e.g. certificates.issue)");
                code = null;
            }

            var names = LanguageMaps.Read(entry, "names", languages);
            entry.RejectUnknown();
            if (code is not null && codes.Claim(entry, "code", code))
            {
                services.Add(new DelegableService(code, names));
            }
        }

        f.RejectUnknown();
        return new DelegationSettings(services, maxMonths ?? 0);
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$")]
    private static partial Regex CodePattern();
}
