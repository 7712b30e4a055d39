using System.Globalization;
using Egov.Platform.Packs.Demo;

namespace Egov.Platform.Packs;

/// <summary>
/// Reads the optional <c>field.yaml</c>: templates with unique codes and positive versions; items with unique codes, a
/// kind, names and a legal basis in every language; a reading with a unit and at least one limit (min not above max);
/// non-negative photo counts and positive deadlines; both notices in every language; an optional report with a
/// document type of <c>approvals.yaml</c> and every text in every language.
/// </summary>
internal static class FieldSettingsReader
{
    public const string FileName = "field.yaml";

    public static FieldSettings Read(string packDirectory, IReadOnlyList<string> languages, ApprovalSettings approvals, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return FieldSettings.None;
        }

        var templates = new List<InspectionTemplate>();
        var codes = new UniqueValues("template code");
        var list = f.List("templates");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"templates[{i}]") is { } entry && ReadTemplate(entry, languages) is { } template && codes.Claim(entry, "code", template.Code))
            {
                templates.Add(template);
            }
        }

        var notices = f.Map("notices");
        var order = notices is null ? FieldNotice.None : ReadNotice(notices, "order", languages);
        var overdue = notices is null ? FieldNotice.None : ReadNotice(notices, "overdue", languages);
        notices?.RejectUnknown();
        var report = f.Map("report", required: false) is { } r ? ReadReport(r, languages, approvals) : FieldReport.None;
        f.RejectUnknown();
        return new FieldSettings(templates, order, overdue, report);
    }

    private static FieldReport ReadReport(YamlFields r, IReadOnlyList<string> languages, ApprovalSettings approvals)
    {
        var type = r.String("documentType");
        if (type is not null && approvals.FindType(type) is not { HasAmount: false })
        {
            r.Error(r.Node("documentType", false)!, r.FieldPath("documentType"), $"'{type}' is not a document type of approvals.yaml that commits no money");
            type = null;
        }

        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (r.Map("texts") is { } map)
        {
            foreach (var key in FieldReport.Keys)
            {
                texts[key] = LanguageMaps.Read(map, key, languages);
            }

            map.RejectUnknown();
        }

        r.RejectUnknown();
        return type is null ? FieldReport.None : new FieldReport(type, texts);
    }

    private static InspectionTemplate? ReadTemplate(YamlFields t, IReadOnlyList<string> languages)
    {
        var code = t.String("code");
        var version = Positive(t, "version");
        var names = LanguageMaps.Read(t, "names", languages);
        var uses = t.Strings("uses", required: false).Select(u => u.Value).ToList();
        var reinspection = Positive(t, "reinspectionDays");
        var items = new List<TemplateItem>();
        var itemCodes = new UniqueValues("item code");
        var list = t.List("items");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (t.MapValue(list.Children[i], t.FieldPath($"items[{i}]")) is { } entry && ReadItem(entry, languages) is { } item && itemCodes.Claim(entry, "code", item.Code))
            {
                items.Add(item);
            }
        }

        t.RejectUnknown();
        if (items.Count == 0 && list is not null)
        {
            t.Error(list, t.FieldPath("items"), "a template needs at least one item");
            return null;
        }

        return code is null || version is null || reinspection is null ? null : new InspectionTemplate(code, version.Value, names, uses, reinspection.Value, items);
    }

    private static TemplateItem? ReadItem(YamlFields e, IReadOnlyList<string> languages)
    {
        var code = e.String("code");
        var kindText = e.String("kind");
        TemplateItemKind? kind = kindText switch
        {
            "check" => TemplateItemKind.Check,
            "reading" => TemplateItemKind.Reading,
            null => null,
            _ => null,
        };
        if (kindText is not null && kind is null)
        {
            e.Error(e.Node("kind", false)!, e.FieldPath("kind"), "must be check or reading");
        }

        var names = LanguageMaps.Read(e, "names", languages);
        var basis = LanguageMaps.Read(e, "legalBasis", languages);
        var reading = kind == TemplateItemKind.Reading;
        var unit = e.String("unit", required: reading);
        var min = Limit(e, "min");
        var max = Limit(e, "max");
        if (reading && min is null && max is null)
        {
            e.Error(e.Node("kind", false)!, e.FieldPath("min"), "a reading needs a min, a max or both");
        }
        else if (!reading && (min is not null || max is not null || unit is not null))
        {
            e.Error(e.Node("kind", false)!, e.FieldPath("kind"), "only a reading has a unit and limits");
        }
        else if (min > max)
        {
            e.Error(e.Node("min", false)!, e.FieldPath("min"), "must not be above max");
        }

        var photos = e.Int("photos");
        if (photos < 0)
        {
            e.Error(e.Node("photos", false)!, e.FieldPath("photos"), "must be 0 or more");
        }

        var days = Positive(e, "correctionDays");
        e.RejectUnknown();
        return code is null || kind is null || photos is not >= 0 || days is null
            ? null
            : new TemplateItem(code, kind.Value, names, unit, min, max, basis, photos.Value, days.Value);
    }

    private static FieldNotice ReadNotice(YamlFields notices, string key, IReadOnlyList<string> languages)
    {
        if (notices.Map(key) is not { } notice)
        {
            return FieldNotice.None;
        }

        var result = new FieldNotice(LanguageMaps.Read(notice, "title", languages), LanguageMaps.Read(notice, "body", languages));
        notice.RejectUnknown();
        return result;
    }

    private static int? Positive(YamlFields f, string key)
    {
        var value = f.Int(key);
        if (value is <= 0)
        {
            f.Error(f.Node(key, false)!, f.FieldPath(key), "must be positive");
            return null;
        }

        return value;
    }

    private static decimal? Limit(YamlFields f, string key)
    {
        if (f.String(key, required: false) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        f.Error(f.Node(key, false)!, f.FieldPath(key), "expected a number such as 0.7");
        return null;
    }
}
