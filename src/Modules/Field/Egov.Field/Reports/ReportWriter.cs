using System.Globalization;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Field.Templates;
using Egov.Org.Contracts;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Reports;

/// <summary>A report's title and content, plain text as the approval document holds it.</summary>
internal sealed record ReportText(string Title, string Content);

/// <summary>
/// Writes a completed inspection's report from its results, with the pack's report texts (<c>field.yaml</c>) in the
/// pack's first language — the language official documents are written in — and its dates as official writing
/// writes them: the facility and its address, the checklist and its version, the day, the inspectors, every item with
/// its outcome, reading, limits, legal basis and note, and the orders issued with their deadlines.
/// </summary>
internal sealed class ReportWriter(FieldDbContext db, TemplateStore templates, IOrgDirectory org, CountryPack pack)
{
    public async Task<ReportText> WriteAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        var language = pack.DefaultLanguage;
        var report = pack.Field.Report;
        string Text(string key) => report.Text(key, language);
        var assignment = await db.Assignments.AsNoTracking().Include(a => a.Inspectors).SingleAsync(a => a.Id == inspection.AssignmentId, cancellationToken);
        var template = await templates.FindAsync(inspection.TemplateCode, inspection.TemplateVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Template {inspection.TemplateCode} version {inspection.TemplateVersion} is not stored.");
        var orders = await db.Orders.AsNoTracking().Where(o => o.InspectionId == inspection.Id).ToListAsync(cancellationToken);
        var inspectors = new List<string>();
        foreach (var number in assignment.Inspectors.Select(i => i.EmployeeNumber).Order(StringComparer.Ordinal))
        {
            inspectors.Add((await org.FindOfficialAsync(number, cancellationToken))?.Name ?? number);
        }

        var templateName = Names.In(template.Names, language, template.Code);
        var day = Date(pack.DateAt(new DateTimeOffset(inspection.CompletedAt!.Value, TimeSpan.Zero)));
        var markers = Text("markers").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string Marker(int i) => i < markers.Length ? markers[i] : $"({i + 1})";

        var lines = new List<string>
        {
            Fill(Text("intro"), ("building", assignment.Label), ("template", templateName), ("date", day)),
            "",
            $"1. {Text("facility")}: {assignment.Label}",
            $"2. {Text("address")}: {assignment.Address}",
            $"3. {Text("template")}: {templateName} ({Fill(Text("version"), ("version", Number(template.Version)))})",
            $"4. {Text("date")}: {day}",
            $"5. {Text("inspectors")}: {string.Join(", ", inspectors)}",
            $"6. {Text("results")}",
        };
        var items = template.Items.Select(definition => (definition, value: inspection.Items.FirstOrDefault(i => i.ItemCode == definition.Code))).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            lines.AddRange(Item(Marker(i), items[i].definition, items[i].value, Text, language));
        }

        lines.Add($"7. {Text("orders")}");
        var issued = orders.OrderBy(o => o.DueOn).ThenBy(o => template.Items.ToList().FindIndex(t => t.Code == o.ItemCode)).ToList();
        if (issued.Count == 0)
        {
            lines.Add($"  {Text("noOrders")}");
        }

        for (var i = 0; i < issued.Count; i++)
        {
            var item = template.Items.FirstOrDefault(t => t.Code == issued[i].ItemCode);
            var name = item is null ? issued[i].ItemCode : Names.In(item.Names, language, item.Code);
            lines.Add($"  {Marker(i)} {name}: {Fill(Text("deadline"), ("date", Date(issued[i].DueOn)))}");
        }

        var title = Fill(Text("title"), ("building", assignment.Label), ("template", templateName));
        return new ReportText(title, string.Join('\n', lines));
    }

    private static IEnumerable<string> Item(string marker, TemplateItem definition, InspectionItem? value, Func<string, string> text, string language)
    {
        var outcome = value?.Outcome switch
        {
            ItemOutcome.Pass => text("pass"),
            ItemOutcome.Fail => text("fail"),
            _ => text("notApplicable"),
        };
        var result = value?.Reading is { } reading && value.Outcome != ItemOutcome.NotApplicable
            ? $"{Fill(text("reading"), ("value", Number(reading)), ("unit", definition.Unit ?? ""))}, {outcome}"
            : outcome;
        if (definition.Kind == TemplateItemKind.Reading && Limits(definition, text) is { } limits)
        {
            result += $" ({text("limits")}: {limits})";
        }

        yield return $"  {marker} {Names.In(definition.Names, language, definition.Code)}: {result}";
        yield return $"     {text("legalBasis")}: {Names.In(definition.LegalBasis, language, "")}";
        if (!string.IsNullOrWhiteSpace(value?.Note))
        {
            yield return $"     {text("note")}: {value.Note.ReplaceLineEndings(" ")}";
        }
    }

    private static string? Limits(TemplateItem item, Func<string, string> text)
    {
        var unit = ("unit", item.Unit ?? "");
        return (item.Min, item.Max) switch
        {
            ({ } min, { } max) => Fill(text("between"), ("min", Number(min)), ("max", Number(max)), unit),
            ({ } min, null) => Fill(text("atLeast"), ("min", Number(min)), unit),
            (null, { } max) => Fill(text("atMost"), ("max", Number(max)), unit),
            _ => null,
        };
    }

    private string Date(DateOnly date) => pack.Writing?.Date(date) ?? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A reading stored as 14.0000 reads 14.
    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fill(string text, params (string Name, string Value)[] values) =>
        values.Aggregate(text, (filled, v) => filled.Replace($"{{{v.Name}}}", v.Value, StringComparison.Ordinal));
}
