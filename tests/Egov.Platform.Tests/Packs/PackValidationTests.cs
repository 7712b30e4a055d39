using Egov.Testing;
using Egov.Platform.Packs;

namespace Egov.Platform.Tests.Packs;

/// <summary>Each test breaks one thing in a copy of the kr pack and expects one error naming file, line and field.</summary>
public sealed class PackValidationTests
{
    internal static PackError SingleError(TempPack pack)
    {
        var result = CountryPackLoader.Load(pack.Directory);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void CurrencyPattern_WithoutPlaceholder_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "en: \"KRW {0}\"", "en: \"KRW\"");

        var error = SingleError(pack);

        Assert.Equal(new PackError("pack.yaml", pack.LineOf("pack.yaml", "en: \"KRW\""), "currency.patterns.en", "pattern must contain {0}"), error);
        Assert.Equal($"pack.yaml:{error.Line}: currency.patterns.en: pattern must contain {{0}}", error.ToString());
    }

    [Fact]
    public void PhoneExample_NotValidUnderItsIdentifier_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "example: \"+821012345678\"", "example: \"+8210123\"");

        var error = SingleError(pack);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", "example: \"+8210123\""), "people.phone.example", "is not a valid 'mobile' number"),
            (error.File, error.Line, error.Field, error.Message));
    }

    [Fact]
    public void PhoneIdentifier_WithoutAMask_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "    masked: \"0{carrier}-****-{last}\"\n", "");

        var error = SingleError(pack);

        Assert.Equal(("people.phone.identifier", "identifier 'mobile' needs a masked template to show phones"), (error.Field, error.Message));
    }

    [Theory]
    [InlineData("timeZone: Mars/Olympus_Mons")]
    [InlineData("timeZone: KST")]
    public void TimeZone_NotAnIanaZone_IsReported(string broken)
    {
        using var pack = new TempPack().Replace("pack.yaml", "timeZone: Asia/Seoul", broken);

        var error = SingleError(pack);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", broken), "timeZone"), (error.File, error.Line, error.Field));
        Assert.StartsWith($"'{broken["timeZone: ".Length..]}' is not an IANA time zone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_TurnsAtTheCountrysMidnight_NotAtUtcs()
    {
        var pack = CountryPackLoader.Load(PackPaths.Kr).Pack!;

        // 14:59 UTC on 2 March is 23:59 in Seoul; a minute later it is 3 March there.
        Assert.Equal(new DateOnly(2027, 3, 2), pack.DateAt(new DateTimeOffset(2027, 3, 2, 14, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2027, 3, 3), pack.DateAt(new DateTimeOffset(2027, 3, 2, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void MissingField_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "  decimals: 0\n", "");

        var error = SingleError(pack);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", "currency:") + 1, "currency.decimals"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void UnknownField_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "  decimals: 0\n", "  decimals: 0\n  decimal: 2\n");

        var error = SingleError(pack);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", "decimal: 2"), "currency.decimal", "unknown field"), (error.File, error.Line, error.Field, error.Message));
    }

    [Fact]
    public void WrongType_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "demo: true", "demo: maybe");

        var error = SingleError(pack);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", "demo: maybe"), "demo"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void IdentifierPattern_ThatDoesNotCompile_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "pattern: '^(?<yy>", "pattern: '^((?<yy>");

        var error = SingleError(pack);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", "pattern: '^((?<yy>"), "identifiers[0].pattern"), (error.File, error.Line, error.Field));
        Assert.StartsWith("pattern does not compile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDigitValues_NotOnePerRemainder_IsReported()
    {
        using var pack = new TempPack().Replace("pack.yaml", "values: [1, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1]", "values: [1, 0, 9]");

        var error = SingleError(pack);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", "values: [1, 0, 9]"), "identifiers[0].checkDigit.values"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void DuplicateRegionCode_IsReported()
    {
        using var pack = new TempPack().Replace("regions.csv", "11140,11,2,중구", "11110,11,2,중구");

        var error = SingleError(pack);

        Assert.Equal(("regions.csv", pack.LineOf("regions.csv", "11110,11,2,중구"), "code"), (error.File, error.Line, error.Field));
        Assert.Contains("duplicate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedRegionCode_IsReported()
    {
        using var pack = new TempPack().Replace("regions.csv", "11170,11,2,용산구", "1117,11,2,용산구");

        var error = SingleError(pack);

        Assert.Equal(("regions.csv", pack.LineOf("regions.csv", "1117,11,2,용산구"), "code"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void RegionWithMissingParent_IsReported()
    {
        using var pack = new TempPack().Replace("regions.csv", "50130,50,2,서귀포시", "50130,59,2,서귀포시");

        var error = SingleError(pack);

        Assert.Equal(("regions.csv", pack.LineOf("regions.csv", "50130,59,2"), "parent", "parent region 59 does not exist"), (error.File, error.Line, error.Field, error.Message));
    }

    [Fact]
    public void LanguageWithoutTextsFile_IsReported()
    {
        using var pack = new TempPack();
        File.Delete(pack.Path("texts/ja.yaml"));

        var error = SingleError(pack);

        Assert.Equal(("pack.yaml", pack.LineOf("pack.yaml", "languages:"), "languages[2]"), (error.File, error.Line, error.Field));
        Assert.Contains("texts/ja.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextKeyMissingInAnotherLanguage_IsReported()
    {
        using var pack = new TempPack().Replace("texts/ko.yaml", "pack.countryName: 대한민국", "pack.countryName: 대한민국\npack.extra: 추가");

        var result = CountryPackLoader.Load(pack.Directory);

        Assert.Equal(["texts/en.yaml", "texts/ja.yaml"], result.Errors.Select(e => e.File));
        var error = result.Errors[0];
        Assert.Equal("pack.extra", error.Field);
        Assert.Equal(1, error.Line);
        Assert.Contains($"texts/ko.yaml line {pack.LineOf("texts/ko.yaml", "pack.extra")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsInSeveralFiles_AreAllReported()
    {
        using var pack = new TempPack()
            .Replace("pack.yaml", "ja: \"{0}ウォン\"", "ja: \"ウォン\"")
            .Replace("agencies.csv", "6500000,,provincial,50,", "6500000,,provincial,99,");

        var result = CountryPackLoader.Load(pack.Directory);

        Assert.Equal(["agencies.csv", "pack.yaml"], result.Errors.Select(e => e.File));
    }
}
