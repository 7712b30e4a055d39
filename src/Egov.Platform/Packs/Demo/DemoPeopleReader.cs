using System.Text.RegularExpressions;

namespace Egov.Platform.Packs.Demo;

/// <summary>
/// Reads <c>demo/people.yaml</c>: every identifier valid under the pack's person identifier, birth date and
/// sex as the identifier says, unique keys and identifiers, an E.164 phone, a death after the birth.
/// </summary>
internal static partial class DemoPeopleReader
{
    public const string FileName = "people.yaml";

    public static IReadOnlyList<DemoPerson> Read(string packDirectory, PersonIdentifierFormat format, PersonReferences references, PackErrorList errors)
    {
        var people = new List<DemoPerson>();
        var keys = new UniqueValues("key");
        var identifiers = new UniqueValues("identifier");
        foreach (var f in DemoFile.Entries(packDirectory, FileName, "people", required: true, errors))
        {
            if (ReadPerson(f, format, identifiers, references) is { } person && keys.Claim(f, "key", person.Key))
            {
                people.Add(person);
            }

            f.RejectUnknown();
        }

        return people;
    }

    private static DemoPerson? ReadPerson(YamlFields f, PersonIdentifierFormat format, UniqueValues identifiers, PersonReferences references)
    {
        var key = f.String("key");
        if (key is not null)
        {
            references.Declare(key);
        }

        var name = f.String("name");
        var latinName = f.String("latinName", required: false);
        var birthDate = f.Date("birthDate");
        var sex = ReadSex(f);
        var identifier = ReadIdentifier(f, format, birthDate, sex);
        if (identifier is not null && !identifiers.Claim(f, "identifier", identifier))
        {
            identifier = null;
        }

        var phone = f.String("phone", required: false);
        if (phone is not null && !E164().IsMatch(phone))
        {
            f.Error(f.Node("phone", false)!, f.FieldPath("phone"), "expected an E.164 number (+ and up to 15 digits)");
        }

        var parents = f.Strings("parents", required: false);
        references.Add(f, "parents", parents);
        var died = f.Date("died", required: false);
        if (died < birthDate)
        {
            f.Error(f.Node("died", false)!, f.FieldPath("died"), "date of death is before the birth date");
        }

        return key is null || name is null || birthDate is null || sex is null || identifier is null
            ? null
            : new DemoPerson(key, identifier, name, latinName, birthDate.Value, sex.Value, phone, [.. parents.Select(p => p.Value)], died);
    }

    /// <summary>The normalised identifier, or null with an error; birth date and sex must be the ones it encodes.</summary>
    private static string? ReadIdentifier(YamlFields f, PersonIdentifierFormat format, DateOnly? birthDate, Sex? sex)
    {
        if (DemoFile.Identifier(f, "identifier", format) is not { } check)
        {
            return null;
        }

        if (check.BirthDate is { } encoded && birthDate is { } given && encoded != given)
        {
            f.Error(f.Node("birthDate", false)!, f.FieldPath("birthDate"), $"the identifier encodes {encoded:yyyy-MM-dd}");
        }

        if (check.Sex is { } encodedSex && sex is { } givenSex && encodedSex != givenSex)
        {
            f.Error(f.Node("sex", false)!, f.FieldPath("sex"), $"the identifier encodes {encodedSex}".ToLowerInvariant());
        }

        return check.Normalized;
    }

    private static Sex? ReadSex(YamlFields f)
    {
        var value = f.String("sex");
        if (value is "male" or "female")
        {
            return value == "male" ? Sex.Male : Sex.Female;
        }

        if (value is not null)
        {
            f.Error(f.Node("sex", false)!, f.FieldPath("sex"), "expected male or female");
        }

        return null;
    }

    [GeneratedRegex(@"^\+[1-9]\d{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
