namespace Egov.Platform.Packs.Demo;

/// <summary>
/// Reads <c>demo/org.yaml</c> (optional): departments of existing agencies, codes unique per agency, each parent listed
/// before its children in the same agency, exactly one root per agency, a head post of <c>org.yaml</c>.
/// </summary>
internal static class DemoOrgReader
{
    public const string FileName = "org.yaml";

    public static IReadOnlyList<DemoDepartment> Read(
        string packDirectory, IReadOnlyList<Agency> agencies, OrgSettings org, IReadOnlyList<string> languages, PackErrorList errors)
    {
        var agencyCodes = agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var departments = new List<DemoDepartment>();
        var codes = new UniqueValues("department code in the agency");
        foreach (var f in DemoFile.Entries(packDirectory, FileName, "departments", required: false, errors))
        {
            var agency = f.String("agency");
            if (agency is not null && !agencyCodes.Contains(agency))
            {
                f.Error(f.Node("agency", false)!, f.FieldPath("agency"), $"agency {agency} does not exist");
                agency = null;
            }

            var code = f.String("code");
            var parent = f.String("parent", required: false);
            var names = LanguageMaps.Read(f, "names", languages);
            var head = f.String("head");
            if (head is not null && org.FindPost(head) is null)
            {
                f.Error(f.Node("head", false)!, f.FieldPath("head"), $"post '{head}' is not in {OrgSettingsReader.FileName}");
                head = null;
            }

            f.RejectUnknown();
            if (agency is null || code is null || head is null || !codes.Claim(f, "code", $"{agency}/{code}"))
            {
                continue;
            }

            if (parent is null && departments.Any(d => d.Agency == agency && d.Parent is null))
            {
                f.Error(f.Node("code", false)!, f.FieldPath("parent"), $"agency {agency} already has a root department: name its parent");
                continue;
            }

            if (parent is not null && !departments.Any(d => d.Agency == agency && d.Code == parent))
            {
                f.Error(f.Node("parent", false)!, f.FieldPath("parent"), $"no department '{parent}' of agency {agency} listed before this one");
                continue;
            }

            departments.Add(new DemoDepartment(agency, code, parent, names, head));
        }

        return departments;
    }
}
