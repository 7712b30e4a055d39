namespace Egov.Platform.Packs;

/// <summary>
/// Reads the optional <c>approvals.yaml</c>: a number pattern with all four parts, retention periods, classifications
/// naming a known retention, document types of the organisation's (<c>org.yaml</c>) naming a known classification;
/// codes unique.
/// </summary>
internal static class ApprovalSettingsReader
{
    public const string FileName = "approvals.yaml";

    private static readonly string[] NumberParts = ["{agency}", "{classification}", "{year}", "{serial}"];

    private static readonly string[] ReceiptParts = ["{department}", "{year}", "{serial}"];

    public static ApprovalSettings Read(string packDirectory, IReadOnlyList<string> languages, OrgSettings org, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return ApprovalSettings.None;
        }

        var sender = LanguageMaps.Read(f, "sender", languages);
        foreach (var (language, _) in sender.Where(t => !t.Value.Contains("{agency}", StringComparison.Ordinal)))
        {
            f.Error(f.Node("sender", false)!, $"sender.{language}", "must contain {agency}");
        }

        var (pattern, digits) = ReadPattern(f, "number", NumberParts, ApprovalSettings.None.NumberPattern, "numbers are unique per agency, classification and year");
        var (receiptPattern, receiptDigits) = ReadPattern(f, "receipt", ReceiptParts, ApprovalSettings.None.ReceiptPattern, "receipt numbers are unique per department and year");
        var retention = Entries(f, "retention", "retention code", languages, (e, code, names) =>
            e.Int("years") is >= 0 and var years ? new RetentionPeriod(code, years, names) : null);
        var classifications = Entries(f, "classifications", "classification code", languages, (e, code, names) =>
        {
            var number = e.String("number");
            var kept = Known(e, "retention", retention.Select(r => r.Code), "retention code");
            return number is null || kept is null ? null : new RecordClassification(code, number, kept, names);
        });
        var types = ReadTypes(f, classifications, org);
        f.RejectUnknown();
        return new ApprovalSettings(sender, pattern, digits, retention, classifications, types) { ReceiptPattern = receiptPattern, ReceiptDigits = receiptDigits };
    }

    /// <summary>A <c>{ pattern, serialDigits }</c> map whose pattern holds every one of <paramref name="parts"/>.</summary>
    private static (string Pattern, int Digits) ReadPattern(YamlFields f, string key, string[] parts, string fallback, string why)
    {
        if (f.Map(key) is not { } number)
        {
            return (fallback, 1);
        }

        var pattern = number.String("pattern") ?? fallback;
        foreach (var part in parts.Where(p => !pattern.Contains(p, StringComparison.Ordinal)))
        {
            number.Error(number.Node("pattern", false)!, number.FieldPath("pattern"), $"must contain {part}: {why}");
        }

        var digits = number.Int("serialDigits") ?? 1;
        if (digits is < 1 or > 12)
        {
            number.Error(number.Node("serialDigits", false)!, number.FieldPath("serialDigits"), "must be between 1 and 12");
            digits = 1;
        }

        number.RejectUnknown();
        return (pattern, digits);
    }

    /// <summary>
    /// How e-approval files and weighs each document type of the organisation: the names are the organisation's, so
    /// a type here must be one of <c>org.yaml</c>'s.
    /// </summary>
    private static List<ApprovalDocumentType> ReadTypes(YamlFields f, IReadOnlyList<RecordClassification> classifications, OrgSettings org)
    {
        var types = new List<ApprovalDocumentType>();
        var codes = new Demo.UniqueValues("document type code");
        var list = f.List("documentTypes");
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"documentTypes[{i}]") is not { } entry)
            {
                continue;
            }

            var code = Known(entry, "code", org.DocumentTypes.Select(t => t.Code), "document type of org.yaml");
            var classification = Known(entry, "classification", classifications.Select(c => c.Code), "classification code");
            var amount = entry.Bool("amount");
            entry.RejectUnknown();
            if (code is not null && classification is not null && amount is not null && codes.Claim(entry, "code", code))
            {
                types.Add(new ApprovalDocumentType(code, classification, amount.Value));
            }
        }

        return types;
    }

    /// <summary>The code in <paramref name="key"/> when it is one of <paramref name="known"/>; null (with an error) otherwise.</summary>
    private static string? Known(YamlFields e, string key, IEnumerable<string> known, string what)
    {
        var value = e.String(key);
        if (value is not null && !known.Contains(value, StringComparer.Ordinal))
        {
            e.Error(e.Node(key, false)!, e.FieldPath(key), $"'{value}' is not a {what}");
            return null;
        }

        return value;
    }

    /// <summary>The <c>{ code, names, … }</c> entries of a list in file order; <paramref name="build"/> reads the other fields (null: broken).</summary>
    private static List<T> Entries<T>(
        YamlFields f, string key, string what, IReadOnlyList<string> languages, Func<YamlFields, string, IReadOnlyDictionary<string, string>, T?> build)
        where T : class
    {
        var entries = new List<T>();
        var codes = new Demo.UniqueValues(what);
        var list = f.List(key);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"{key}[{i}]") is not { } entry)
            {
                continue;
            }

            var code = entry.String("code");
            var names = LanguageMaps.Read(entry, "names", languages);
            var item = build(entry, code ?? "", names);
            entry.RejectUnknown();
            if (code is not null && item is not null && codes.Claim(entry, "code", code))
            {
                entries.Add(item);
            }
        }

        return entries;
    }
}
