using System.Globalization;
using Egov.Platform.Packs.Demo;
using YamlDotNet.RepresentationModel;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads the optional <c>org.yaml</c>: unique post, grade and document type codes with names in every language, posts
/// ranked from 1, and a default delegation table whose rows name a known type and post, have a sound amount range and
/// do not overlap another row of the same type.
/// </summary>
internal static class OrgSettingsReader
{
    public const string FileName = "org.yaml";

    public static OrgSettings Read(string packDirectory, IReadOnlyList<string> languages, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return OrgSettings.None;
        }

        var posts = ReadPosts(f, languages);
        var grades = CodedNamesReader.Read(f, "grades", "grade code", "grade-5", languages).Select(g => new OrgGrade(g.Code, g.Names)).ToList();
        var types = CodedNamesReader.Read(f, "documentTypes", "document type code", "expenditure", languages)
            .Select(t => new OrgDocumentType(t.Code, t.Names)).ToList();
        var settings = new OrgSettings(posts, grades, types, []);
        var rules = ReadRules(f, settings, languages);
        f.RejectUnknown();
        return settings with { DefaultDelegation = rules };
    }

    private static List<OrgPost> ReadPosts(YamlFields f, IReadOnlyList<string> languages)
    {
        var posts = new List<OrgPost>();
        var codes = new UniqueValues("post code");
        var list = f.List("posts");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"posts[{i}]") is not { } entry)
            {
                continue;
            }

            var code = entry.String("code");
            var rank = entry.Int("rank");
            if (rank is < 1)
            {
                entry.Error(entry.Node("rank", false)!, entry.FieldPath("rank"), "must be 1 or more (1 is the most authority)");
            }

            var names = LanguageMaps.Read(entry, "names", languages);
            entry.RejectUnknown();
            if (code is not null && rank is >= 1 && codes.Claim(entry, "code", code))
            {
                posts.Add(new OrgPost(code, rank.Value, names));
            }
        }

        return posts;
    }

    private static List<DelegationRule> ReadRules(YamlFields f, OrgSettings settings, IReadOnlyList<string> languages)
    {
        var rules = new List<(DelegationRule Rule, long Line)>();
        var list = f.List("delegation");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"delegation[{i}]") is not { } row || ReadRule(row, settings, languages) is not { } rule)
            {
                continue;
            }

            if (rules.FirstOrDefault(r => r.Rule.Overlaps(rule)) is { Rule: not null } clash)
            {
                row.Errors.Add(row.File, row.Line, row.Path, $"overlaps the {rule.DocumentType} row on line {clash.Line}: an amount would match both");
                continue;
            }

            rules.Add((rule, row.Line));
        }

        return [.. rules.Select(r => r.Rule)];
    }

    private static DelegationRule? ReadRule(YamlFields row, OrgSettings settings, IReadOnlyList<string> languages)
    {
        var type = row.String("documentType");
        if (type is not null && settings.FindDocumentType(type) is null)
        {
            row.Error(row.Node("documentType", false)!, row.FieldPath("documentType"), $"document type '{type}' is not in documentTypes");
            type = null;
        }

        var post = row.String("post");
        if (post is not null && settings.FindPost(post) is null)
        {
            row.Error(row.Node("post", false)!, row.FieldPath("post"), $"post '{post}' is not in posts");
            post = null;
        }

        var (min, minOk) = Amount(row, "min");
        var (max, maxOk) = Amount(row, "max");
        var rangeOk = minOk && maxOk;
        if (rangeOk && min is { } lower && max is { } upper && lower >= upper)
        {
            row.Error(row.Node("max", false)!, row.FieldPath("max"), "must be more than min (min is inclusive, max exclusive)");
            rangeOk = false;
        }

        var subject = row.Map("subject", required: false) is { } map ? LanguageMaps.Read(map, languages) : new Dictionary<string, string>();
        row.RejectUnknown();
        return type is null || post is null || !rangeOk ? null : new DelegationRule(type, min, max, post, subject);
    }

    /// <summary>An optional amount: a whole, non-negative number in the currency's units.</summary>
    private static (decimal? Value, bool Ok) Amount(YamlFields row, string key)
    {
        if (row.Node(key, required: false) is not { } node)
        {
            return (null, true);
        }

        if (node is YamlScalarNode { Value: { } text }
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (value, true);
        }

        row.Error(node, row.FieldPath(key), "expected an amount (a number, no sign or separators)");
        return (null, false);
    }
}
