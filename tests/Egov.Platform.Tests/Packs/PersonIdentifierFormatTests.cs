using Egov.Platform.Packs;

namespace Egov.Platform.Tests.Packs;

public sealed class PersonIdentifierFormatTests
{
    private static readonly Lazy<PersonIdentifierFormat> Rrn = new(() =>
        CountryPackLoader.Load(PackPaths.Kr).Pack!.Identifiers["rrn"]);

    [Theory]
    [InlineData("900101-1234568", 1990, 1, 1, Sex.Male)]
    [InlineData("8505152345679", 1985, 5, 15, Sex.Female)]
    [InlineData("010303-3123456", 2001, 3, 3, Sex.Male)]
    [InlineData("991231-5123451", 1999, 12, 31, Sex.Male)]
    [InlineData("020202-7123455", 2002, 2, 2, Sex.Male)]
    [InlineData("880808-9123454", 1888, 8, 8, Sex.Male)]
    public void Validate_BeforeOctober2020_WithRightCheckDigit_IsValid(string value, int year, int month, int day, Sex sex)
    {
        var check = Rrn.Value.Validate(value);

        Assert.True(check.IsValid, check.Error.ToString());
        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
        Assert.Equal(sex, check.Sex);
        Assert.Equal(value.Replace("-", "", StringComparison.Ordinal), check.Normalized);
    }

    [Theory]
    [InlineData("900101-1234567")]
    [InlineData("200930-4123450")]
    public void Validate_BeforeOctober2020_WithWrongCheckDigit_FailsCheck(string value)
    {
        var check = Rrn.Value.Validate(value);

        Assert.False(check.IsValid);
        Assert.Equal(IdentifierError.CheckDigit, check.Error);
    }

    [Theory]
    [InlineData("201001-3123450", 2020, 10, 1, Sex.Male)]
    [InlineData("230615-4987651", 2023, 6, 15, Sex.Female)]
    [InlineData("240229-8000000", 2024, 2, 29, Sex.Female)]
    public void Validate_FromOctober2020_DoesNotCheckLastDigit(string value, int year, int month, int day, Sex sex)
    {
        var check = Rrn.Value.Validate(value);

        Assert.True(check.IsValid, check.Error.ToString());
        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
        Assert.Equal(sex, check.Sex);
    }

    [Theory]
    [InlineData("990230-1234567", IdentifierError.InvalidBirthDate)]
    [InlineData("990229-1234567", IdentifierError.InvalidBirthDate)]
    [InlineData("991301-1234567", IdentifierError.InvalidBirthDate)]
    [InlineData("990100-1234567", IdentifierError.InvalidBirthDate)]
    [InlineData("900101-123456", IdentifierError.Format)]
    [InlineData("90010a-1234567", IdentifierError.Format)]
    [InlineData("", IdentifierError.Empty)]
    [InlineData(null, IdentifierError.Empty)]
    public void Validate_Malformed_Rejected(string? value, IdentifierError error)
    {
        var check = Rrn.Value.Validate(value);

        Assert.False(check.IsValid);
        Assert.Equal(error, check.Error);
    }

    [Fact]
    public void FormatAndMask_UseThePackTemplates()
    {
        Assert.Equal("900101-1234568", Rrn.Value.Format("9001011234568"));
        Assert.Equal("900101-1******", Rrn.Value.Mask("900101 1234568"));
        Assert.Null(Rrn.Value.Mask("not a number"));
    }

    /// <summary>
    /// Japan's My Number: 12 digits, weights 6,5,4,3,2,7,6,5,4,3,2 over the first 11, remainder 0 or 1
    /// gives 0, otherwise 11 minus the remainder. No birth date or sex inside. Built here, not from a pack.
    /// </summary>
    private static readonly PersonIdentifierFormat MyNumber = new(new IdentifierDefinition
    {
        Id = "mynumber",
        Names = new Dictionary<string, string> { ["ja"] = "個人番号", ["en"] = "My Number" },
        Ignore = " -",
        Pattern = @"^(?<body>\d{11})(?<check>\d)$",
        CheckDigit = new CheckDigitRule("check", [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 11, [0, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1]),
        Display = "{body}{check}",
        Masked = "***********{check}",
    });

    [Theory]
    [InlineData("123456789018", true)]
    [InlineData("1234 5678 9018", true)]
    [InlineData("111111111118", true)]
    [InlineData("987654321093", true)]
    [InlineData("123456789017", false)]
    [InlineData("12345678901", false)]
    public void MyNumber_SameMechanism_ValidatesItsCheckDigit(string value, bool valid)
    {
        var check = MyNumber.Validate(value);

        Assert.Equal(valid, check.IsValid);
        Assert.Null(check.BirthDate);
        Assert.Null(check.Sex);
    }
}
