using System.Text.RegularExpressions;
using Egov.Platform.Packs.Demo;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads the optional <c>benefits/</c> folder: one file per benefit named by its code, names and a summary in every
/// language, a known agency, a kind, an https source, and periods in date order that do not overlap, each with
/// conditions (id, expression, plain words in every language) and an optional amount expression.
/// </summary>
internal static partial class BenefitCatalogReader
{
    public const string Folder = "benefits";

    private static readonly string[] Applicants = ["self", "guardian"];

    public static BenefitCatalog Read(string packDirectory, IReadOnlyList<string> languages, IReadOnlyList<Agency> agencies, PackErrorList errors)
    {
        var folder = Path.Combine(packDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            return BenefitCatalog.None;
        }

        var benefits = new List<BenefitDefinition>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = $"{Folder}/{Path.GetFileName(path)}";
            if (YamlFields.LoadFile(path, file, errors) is { } f && Read(f, Path.GetFileNameWithoutExtension(path), languages, agencies) is { } benefit)
            {
                benefits.Add(benefit);
            }
        }

        return new BenefitCatalog(benefits);
    }

    private static BenefitDefinition? Read(YamlFields f, string fileCode, IReadOnlyList<string> languages, IReadOnlyList<Agency> agencies)
    {
        var code = f.String("code");
        if (code is not null && (!CodePattern().IsMatch(code) || code != fileCode))
        {
            f.Error(f.Node("code", false)!, "code", $"must be lower-case words joined by '-' and match the file name ({fileCode})");
            code = null;
        }

        var names = LanguageMaps.Read(f, "names", languages);
        var summary = LanguageMaps.Read(f, "summary", languages);
        var agency = Checked(f, "agency", a => agencies.Any(x => x.Code == a), "not an agency of the agency table");
        var topic = Checked(f, "topic", CodePattern().IsMatch, "must be lower-case words joined by '-'");
        var kind = Checked(f, "kind", BenefitKinds.All.Contains, $"must be one of {string.Join(", ", BenefitKinds.All)}");
        var applicant = Checked(f, "applicant", Applicants.Contains, $"must be one of {string.Join(", ", Applicants)}");
        var sourceText = Checked(f, "source", s => Uri.TryCreate(s, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps, "must be an https address");
        var legalBasis = f.String("legalBasis");
        var periods = Periods(f, languages);
        f.RejectUnknown();
        return code is null || agency is null || topic is null || kind is null || applicant is null || sourceText is null || legalBasis is null || periods is null
            ? null
            : new BenefitDefinition(code, names, summary, agency, topic, kind, applicant, new Uri(sourceText), legalBasis, periods, f.File);
    }

    private static List<BenefitPeriod>? Periods(YamlFields f, IReadOnlyList<string> languages)
    {
        var list = f.List("periods");
        if (list is null || list.Children.Count == 0)
        {
            if (list is not null)
            {
                f.Error(list, "periods", "must list at least one period");
            }

            return null;
        }

        var periods = new List<BenefitPeriod>();
        var sound = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"periods[{i}]") is { } entry && Period(entry, languages) is { } period)
            {
                if (periods.Count > 0 && (periods[^1].Until is not { } until || until >= period.From))
                {
                    entry.Error(list.Children[i], entry.FieldPath("from"), "periods must be in date order and must not overlap (the one before needs an 'until' before this 'from')");
                    sound = false;
                }

                periods.Add(period);
            }
            else
            {
                sound = false;
            }
        }

        return sound ? periods : null;
    }

    private static BenefitPeriod? Period(YamlFields entry, IReadOnlyList<string> languages)
    {
        var from = entry.Date("from");
        var until = entry.Date("until", required: false);
        if (from is not null && until is not null && until < from)
        {
            entry.Error(entry.Node("until", false)!, entry.FieldPath("until"), "must not be before 'from'");
        }

        var amountNode = entry.Node("amount", false);
        var amount = entry.String("amount", required: false);
        var conditions = new List<BenefitCondition>();
        var ids = new UniqueValues("condition id");
        var list = entry.List("conditions");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (entry.MapValue(list.Children[i], entry.FieldPath($"conditions[{i}]")) is not { } c)
            {
                continue;
            }

            var id = Checked(c, "id", CodePattern().IsMatch, "must be lower-case words joined by '-'");
            var when = c.String("when");
            var says = LanguageMaps.Read(c, "says", languages);
            var line = (int)(c.Node("when", false)?.Start.Line ?? c.Line);
            c.RejectUnknown();
            if (id is not null && when is not null && ids.Claim(c, "id", id))
            {
                conditions.Add(new BenefitCondition(id, when, says, line));
            }
        }

        entry.RejectUnknown();
        return from is null || (until is not null && until < from) || list is null
            ? null
            : new BenefitPeriod(from.Value, until, conditions, amount, (int)(amountNode?.Start.Line ?? entry.Line));
    }

    private static string? Checked(YamlFields entry, string key, Func<string, bool> isValid, string message)
    {
        var value = entry.String(key);
        if (value is not null && !isValid(value))
        {
            entry.Error(entry.Node(key, false)!, entry.FieldPath(key), message);
            return null;
        }

        return value;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
