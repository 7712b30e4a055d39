namespace Egov.Platform.Packs.Demo;

/// <summary>Reads <c>demo/companies.yaml</c> (optional): valid unique business numbers, unique keys, at least one representative.</summary>
internal static class DemoCompaniesReader
{
    public const string FileName = "companies.yaml";

    public static IReadOnlyList<DemoCompany> Read(string packDirectory, PersonIdentifierFormat? format, PersonReferences references, PackErrorList errors)
    {
        var entries = DemoFile.Entries(packDirectory, FileName, "companies", required: false, errors);
        if (entries.Count > 0 && format is null)
        {
            errors.Add(PackManifestReader.FileName, 1, "businesses", $"required when the pack has {DemoFile.PathOf(FileName)}");
            return [];
        }

        var companies = new List<DemoCompany>();
        var keys = new UniqueValues("key");
        var numbers = new UniqueValues("business number");
        foreach (var f in entries)
        {
            var key = f.String("key");
            var number = DemoFile.Identifier(f, "businessNumber", format!)?.Normalized;
            var name = f.String("name");
            var representatives = f.NonEmptyStrings("representatives");
            references.Add(f, "representatives", representatives);
            var closed = f.Date("closed", required: false);
            f.RejectUnknown();
            if (key is not null && number is not null && name is not null
                && keys.Claim(f, "key", key) && numbers.Claim(f, "businessNumber", number))
            {
                companies.Add(new DemoCompany(key, number, name, [.. representatives.Select(r => r.Value)], closed));
            }
        }

        return companies;
    }
}
