using System.Globalization;
using Egov.Platform.Localization;

namespace Egov.Platform.Tests.Localization;

public sealed class TextCatalogTests
{
    [Fact]
    public void PlatformTexts_ExistInKoreanEnglishAndJapanese() =>
        Assert.Equal(["en", "ja", "ko"], TextCatalog.PlatformLanguages);

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void PlatformTexts_HaveTheSameKeysInEveryLanguage(string language)
    {
        var korean = TextCatalog.PlatformTexts("ko").Keys.ToHashSet();
        var other = TextCatalog.PlatformTexts(language).Keys.ToHashSet();

        Assert.NotEmpty(korean);
        Assert.Empty(korean.Except(other).Order());
        Assert.Empty(other.Except(korean).Order());
    }

    [Fact]
    public void PlatformTexts_AreNeverBlank()
    {
        foreach (var language in TextCatalog.PlatformLanguages)
        {
            Assert.All(TextCatalog.PlatformTexts(language), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{language}: {pair.Key}"));
        }
    }

    [Fact]
    public void Find_PrefersThePacksText()
    {
        var catalog = new TextCatalog(TestPacks.Korea());

        Assert.Equal("시험 서비스", catalog.Find(CultureInfo.GetCultureInfo("ko"), "pack.serviceName"));
        Assert.Equal("Test service", catalog.Find(CultureInfo.GetCultureInfo("en"), "pack.serviceName"));
    }

    [Fact]
    public void Find_UsesTheParentCulture_ForARegionalCulture()
    {
        var catalog = new TextCatalog(TestPacks.Korea());

        Assert.Equal("Skip to main content", catalog.Find(CultureInfo.GetCultureInfo("en-GB"), "layout.skipToContent"));
    }

    [Fact]
    public void Find_FallsBackToTheDefaultLanguage_WhenALanguageLacksTheText()
    {
        var catalog = new TextCatalog(TestPacks.Korea());

        Assert.Equal("시험 서비스", catalog.Find(CultureInfo.GetCultureInfo("fr"), "pack.serviceName"));
        Assert.Null(catalog.Find(CultureInfo.GetCultureInfo("ko"), "no.such.key"));
    }
}
