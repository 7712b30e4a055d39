namespace Egov.Platform.Packs.Demo;

/// <summary>
/// Reads <c>demo/officials.yaml</c> (optional): a demo person or a name, an existing agency, unique employee numbers,
/// at least one role; when placed, a department of their agency with a post and a grade of <c>org.yaml</c>.
/// </summary>
internal static class DemoOfficialsReader
{
    public const string FileName = "officials.yaml";

    public static IReadOnlyList<DemoOfficial> Read(
        string packDirectory, IReadOnlyList<Agency> agencies, OrgSettings org, IReadOnlyList<DemoDepartment> departments,
        PersonReferences references, PackErrorList errors)
    {
        var agencyCodes = agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var officials = new List<DemoOfficial>();
        var employeeNumbers = new UniqueValues("employee number");
        foreach (var f in DemoFile.Entries(packDirectory, FileName, "officials", required: false, errors))
        {
            var person = f.String("person", required: false);
            var name = f.String("name", required: false);
            if (person is not null)
            {
                references.Add(f, "person", person);
            }
            else if (name is null)
            {
                f.Errors.Add(f.File, f.Line, f.FieldPath("person"), "give the person's key, or the official's name when they are no demo resident");
            }

            var employeeNumber = f.String("employeeNumber");
            var agency = f.String("agency");
            if (agency is not null && !agencyCodes.Contains(agency))
            {
                f.Error(f.Node("agency", false)!, f.FieldPath("agency"), $"agency {agency} does not exist");
                agency = null;
            }

            var roles = f.NonEmptyStrings("roles");
            var placement = ReadPlacement(f, agency, org, departments);
            f.RejectUnknown();
            if ((person ?? name) is not null && employeeNumber is not null && agency is not null && placement.Ok
                && employeeNumbers.Claim(f, "employeeNumber", employeeNumber))
            {
                officials.Add(new DemoOfficial(person, employeeNumber, agency, [.. roles.Select(r => r.Value)])
                {
                    Name = person is null ? name : null, Department = placement.Department, Post = placement.Post, Grade = placement.Grade,
                });
            }
        }

        return officials;
    }

    /// <summary>Department, post and grade: all three or none.</summary>
    private static (bool Ok, string? Department, string? Post, string? Grade) ReadPlacement(
        YamlFields f, string? agency, OrgSettings org, IReadOnlyList<DemoDepartment> departments)
    {
        var department = f.String("department", required: false);
        if (department is null)
        {
            var stray = f.Node("post", false) is not null || f.Node("grade", false) is not null;
            if (stray)
            {
                f.Errors.Add(f.File, f.Line, f.FieldPath("department"), "required with a post or a grade");
            }

            return (!stray, null, null, null);
        }

        var ok = true;
        if (agency is not null && !departments.Any(d => d.Agency == agency && d.Code == department))
        {
            f.Error(f.Node("department", false)!, f.FieldPath("department"), $"no department '{department}' of agency {agency} in {DemoFile.PathOf(DemoOrgReader.FileName)}");
            ok = false;
        }

        var post = f.String("post");
        if (post is not null && org.FindPost(post) is null)
        {
            f.Error(f.Node("post", false)!, f.FieldPath("post"), $"post '{post}' is not in {OrgSettingsReader.FileName}");
            ok = false;
        }

        var grade = f.String("grade");
        if (grade is not null && org.FindGrade(grade) is null)
        {
            f.Error(f.Node("grade", false)!, f.FieldPath("grade"), $"grade '{grade}' is not in {OrgSettingsReader.FileName}");
            ok = false;
        }

        return (ok && post is not null && grade is not null, department, post, grade);
    }
}
