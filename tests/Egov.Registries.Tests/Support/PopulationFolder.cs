using System.Globalization;
using System.Text;
using Egov.Platform.Packs;

namespace Egov.Registries.Tests.Support;

/// <summary>
/// A small, valid population folder written by hand in a temporary directory (2 households, 6 residents, family
/// links, a parcel, a building, a company, ownership, a mortgage), with helpers to break one line of it.
/// </summary>
internal sealed class PopulationFolder : IDisposable
{
    public PopulationFolder(string? name = null)
    {
        Root = System.IO.Directory.CreateTempSubdirectory("egov-population-").FullName;
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(Root, name ?? "census")).FullName;
        foreach (var (file, text) in Files())
        {
            File.WriteAllText(Path.Combine(Directory, file), text, new UTF8Encoding(false));
        }
    }

    public string Root { get; }

    public string Directory { get; }

    /// <summary>The resident numbers of the folder, as the files write them (normalised, no dash).</summary>
    public static readonly string[] Numbers =
    [
        Rrn(new DateOnly(1980, 5, 5), male: true, 77101), Rrn(new DateOnly(1982, 7, 7), male: false, 77102),
        Rrn(new DateOnly(2012, 1, 10), male: true, 77103), Rrn(new DateOnly(2021, 2, 2), male: false, 77104),
        Rrn(new DateOnly(1955, 3, 3), male: false, 77105), Rrn(new DateOnly(1953, 1, 1), male: true, 77106),
    ];

    public static string Rrn(DateOnly born, bool male, int serial)
    {
        var centuryDigit = (born.Year >= 2000 ? 3 : 1) + (male ? 0 : 1);
        var payload = string.Create(CultureInfo.InvariantCulture, $"{born:yyMMdd}{centuryDigit}{serial:00000}");
        var rule = KrPack.Pack.Identifiers["rrn"].Definition.CheckDigit!;
        return payload + PersonIdentifierFormat.ComputeCheckDigit([.. payload.Select(c => c - '0')], rule);
    }

    public string PathOf(string file) => Path.Combine(Directory, file);

    public string[] Lines(string file) => File.ReadAllText(PathOf(file)).TrimEnd('\n').Split('\n');

    /// <summary>Replaces line <paramref name="line"/> (1 = header) of a file.</summary>
    public PopulationFolder Replace(string file, int line, string text)
    {
        var lines = Lines(file);
        lines[line - 1] = text;
        File.WriteAllText(PathOf(file), string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return this;
    }

    public PopulationFolder Append(string file, string text)
    {
        File.AppendAllText(PathOf(file), text + "\n", new UTF8Encoding(false));
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Root, recursive: true);

    private static IEnumerable<(string File, string Text)> Files()
    {
        var n = Numbers;
        yield return ("addresses.csv", """"
            address_id,region_code,postal_code,road,building,detail
            1,11110,03154,세종대로,175,"101동 1001호, ""햇살"""
            2,11140,04524,을지로,100,

            """");
        yield return ("households.csv", "household_id,address_id,formed_on\n1,1,2010-03-01\n2,2,1978-06-15\n");
        yield return ("residents.csv", $"""
            resident_id,resident_number,name,latin_name,birth_date,sex,nationality,status,died_on,region_code,household_id,relation_to_head,phone
            1,{n[0]},김도윤,KIM DOYUN,1980-05-05,male,KR,alive,,11110,1,head,+821055501234
            2,{n[1]},이서연,LEE SEOYEON,1982-07-07,female,KR,alive,,11110,1,spouse,
            3,{n[2]},김하준,,2012-01-10,male,KR,alive,,11110,1,child,
            4,{n[3]},김지우,,2021-02-02,female,KR,alive,,11110,1,child,
            5,{n[4]},박영자,,1955-03-03,female,KR,alive,,11140,2,head,
            6,{n[5]},이철수,,1953-01-01,male,KR,deceased,2020-01-01,,,,

            """);
        yield return ("residences.csv", """
            resident_id,address_id,moved_in_on,moved_out_on
            1,2,1980-05-05,2010-03-01
            1,1,2010-03-01,
            2,1,2010-03-01,
            3,1,2012-01-10,
            4,1,2021-02-02,
            5,2,1978-06-15,

            """);
        yield return ("family_links.csv", """
            resident_id,relative_id,relation,since,until
            1,2,spouse,2009-10-10,
            2,5,parent,1982-07-07,
            2,6,parent,1982-07-07,
            3,1,parent,2012-01-10,
            3,2,parent,2012-01-10,
            4,1,parent,2021-02-02,
            5,6,spouse,1976-04-01,2020-01-01

            """);
        yield return ("parcels.csv", "parcel_id,region_code,lot_number,land_category,area_m2\n1,11110,1-1,대,330.50\n2,11140,45-2,전,1200.00\n");
        yield return ("buildings.csv", "building_id,parcel_id,name,use,floors,floor_area_m2,completed_on\n1,1,광화문 빌딩,아파트,12,1520.75,2001-05-01\n");
        yield return ("companies.csv", "company_id,business_number,name,region_code,address_id,status,founded_on,closed_on\n"
            + "1,2208800011,주식회사 엔조이,11110,1,active,2015-01-01,\n2,2208800029,옛상회,11140,,closed,1990-01-01,2019-12-31\n");
        yield return ("representatives.csv", "company_id,resident_id,since,until\n1,1,2015-01-01,\n2,6,1990-01-01,2019-12-31\n");
        yield return ("ownership.csv", """
            property_kind,property_id,owner_kind,owner_id,share_numerator,share_denominator,acquired_on,cause,disposed_on
            building,1,company,1,1,1,2001-05-01,new_building,
            parcel,1,resident,1,1,2,2016-01-01,sale,
            parcel,1,resident,2,1,2,2016-01-01,sale,
            parcel,2,resident,6,1,1,1990-05-05,inheritance,2020-01-01
            parcel,2,resident,5,1,1,2020-01-01,inheritance,

            """);
        yield return ("encumbrances.csv", "property_kind,property_id,kind,amount,creditor,registered_on,cancelled_on\nbuilding,1,mortgage,150000000,한국은행,2018-04-01,\n");
    }
}
