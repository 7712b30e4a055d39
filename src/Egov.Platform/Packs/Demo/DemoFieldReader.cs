namespace Egov.Platform.Packs.Demo;

/// <summary>
/// Reads <c>demo/field.yaml</c> (optional): inspection plans of a demo agency, over a region of the pack, with a
/// template of <c>field.yaml</c> and demo officials of the same agency as inspectors.
/// </summary>
internal static class DemoFieldReader
{
    public const string FileName = "field.yaml";

    public static IReadOnlyList<DemoInspectionPlan> Read(
        string packDirectory, RegionDirectory regions, FieldSettings field, IReadOnlyList<DemoOfficial> officials, PackErrorList errors)
    {
        var plans = new List<DemoInspectionPlan>();
        var keys = new UniqueValues("key");
        foreach (var f in DemoFile.Entries(packDirectory, FileName, "plans", required: false, errors))
        {
            var key = f.String("key");
            var agency = f.String("agency");
            var template = f.String("template");
            if (template is not null && field.Find(template) is null)
            {
                f.Error(f.Node("template", false)!, f.FieldPath("template"), $"'{template}' is not a template of field.yaml");
                template = null;
            }

            var region = f.String("region");
            if (region is not null && regions.Find(region) is null)
            {
                f.Error(f.Node("region", false)!, f.FieldPath("region"), $"region {region} does not exist");
                region = null;
            }

            var use = f.String("use");
            var due = f.Int("dueInDays");
            var inspectors = f.Strings("inspectors").Select(i => i.Value).ToList();
            foreach (var stranger in inspectors.Where(i => !officials.Any(o => o.EmployeeNumber == i && o.Agency == agency)))
            {
                f.Error(f.Node("inspectors", false)!, f.FieldPath("inspectors"), $"{stranger} is not a demo official of agency {agency}");
            }

            f.RejectUnknown();
            if (key is not null && agency is not null && template is not null && region is not null && use is not null && due is > 0 && inspectors.Count > 0
                && keys.Claim(f, "key", key))
            {
                plans.Add(new DemoInspectionPlan(key, agency, template, region, use, due.Value, inspectors));
            }
        }

        return plans;
    }
}
