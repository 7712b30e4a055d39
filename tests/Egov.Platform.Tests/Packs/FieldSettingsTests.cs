using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary><c>field.yaml</c>: the kr pack's fire-safety checklist, and the mistakes a pack author makes in one.</summary>
public sealed class FieldSettingsTests
{
    [Fact]
    public void KrPack_HasTheFireSafetyChecklist_WithReadingsAndTheirLimits()
    {
        var pack = CountryPackLoader.Load(PackPaths.Kr).Pack!;

        var template = pack.Field.Find("fire-safety.multi-use")!;
        Assert.Equal(1, template.Version);
        var door = template.Items.Single(i => i.Code == "fire-door-closing");
        Assert.Equal((TemplateItemKind.Reading, "s", null, 10m, 1, 14), (door.Kind, door.Unit, door.Min, door.Max, door.Photos, door.CorrectionDays));
        Assert.True(door.Passes(10));
        Assert.False(door.Passes(10.5m));
        Assert.Equal(["ko", "en", "ja"], pack.Field.OrderNotice.Titles.Keys);
        Assert.Equal("inspection-report", pack.Field.Report.DocumentType);
        Assert.Equal("{date}까지 시정", pack.Field.Report.Text("deadline", "ko"));
        var plan = Assert.Single(pack.Demo!.InspectionPlans);
        Assert.Equal(("6110000", "11440", "SEOUL-2017-0815"), (plan.Agency, plan.Region, Assert.Single(plan.Inspectors)));
    }

    [Fact]
    public void Reading_WithMinAboveMax_IsReported()
    {
        using var pack = new TempPack().Replace("field.yaml", "        min: 0.7\n        max: 0.98", "        min: 1.7\n        max: 0.98");

        var error = PackValidationTests.SingleError(pack);

        Assert.Equal(("field.yaml", pack.LineOf("field.yaml", "min: 1.7"), "templates[0].items[4].min", "must not be above max"), (error.File, error.Line, error.Field, error.Message));
    }

    [Fact]
    public void Check_WithALimit_IsReported()
    {
        using var pack = new TempPack().Replace("field.yaml", "        kind: check\n        names: { ko: 자동화재", "        kind: check\n        max: 1\n        names: { ko: 자동화재");

        var error = PackValidationTests.SingleError(pack);

        Assert.Equal(("field.yaml", "templates[0].items[5].kind", "only a reading has a unit and limits"), (error.File, error.Field, error.Message));
    }

    [Fact]
    public void DemoPlan_WithAnInspectorOfAnotherAgency_IsReported()
    {
        using var pack = new TempPack().Replace("demo/field.yaml", "inspectors: [SEOUL-2017-0815]", "inspectors: [MOIS-2014-0520]");

        var error = PackValidationTests.SingleError(pack);

        Assert.Equal(("demo/field.yaml", "plans[0].inspectors", "MOIS-2014-0520 is not a demo official of agency 6110000"), (error.File, error.Field, error.Message));
    }

    [Fact]
    public void Building_WithALatitudeButNoLongitude_IsReported()
    {
        using var pack = new TempPack().Replace("demo/properties.yaml", "lat: 37.56891, lon: 126.98694", "lat: 37.56891");

        var error = PackValidationTests.SingleError(pack);

        Assert.Equal(("demo/properties.yaml", "lat and lon come together"), (error.File, error.Message));
    }

    [Fact]
    public void Report_WithADocumentTypeThatCommitsMoney_IsReported()
    {
        using var pack = new TempPack().Replace("field.yaml", "documentType: inspection-report", "documentType: expenditure");

        var error = PackValidationTests.SingleError(pack);

        Assert.Equal(("field.yaml", "report.documentType", "'expenditure' is not a document type of approvals.yaml that commits no money"), (error.File, error.Field, error.Message));
    }

    [Fact]
    public void Report_WithoutAText_IsReported()
    {
        using var pack = new TempPack().Replace("field.yaml", "    note: { ko: 비고, en: Note, ja: 備考 }\n", "");

        var error = PackValidationTests.SingleError(pack);

        Assert.Equal(("field.yaml", "report.texts.note"), (error.File, error.Field));
    }
}
