namespace Egov.Platform.Packs.Demo;

/// <summary>Reads <c>demo/officials.yaml</c> (optional): an existing agency, unique employee numbers, at least one role.</summary>
internal static class DemoOfficialsReader
{
    public const string FileName = "officials.yaml";

    public static IReadOnlyList<DemoOfficial> Read(string packDirectory, IReadOnlyList<Agency> agencies, PersonReferences references, PackErrorList errors)
    {
        var agencyCodes = agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var officials = new List<DemoOfficial>();
        var employeeNumbers = new UniqueValues("employee number");
        foreach (var f in DemoFile.Entries(packDirectory, FileName, "officials", required: false, errors))
        {
            var person = f.String("person");
            if (person is not null)
            {
                references.Add(f, "person", person);
            }

            var employeeNumber = f.String("employeeNumber");
            var agency = f.String("agency");
            if (agency is not null && !agencyCodes.Contains(agency))
            {
                f.Error(f.Node("agency", false)!, f.FieldPath("agency"), $"agency {agency} does not exist");
            }

            var roles = f.NonEmptyStrings("roles");
            f.RejectUnknown();
            if (person is not null && employeeNumber is not null && agency is not null
                && employeeNumbers.Claim(f, "employeeNumber", employeeNumber))
            {
                officials.Add(new DemoOfficial(person, employeeNumber, agency, [.. roles.Select(r => r.Value)]));
            }
        }

        return officials;
    }
}
