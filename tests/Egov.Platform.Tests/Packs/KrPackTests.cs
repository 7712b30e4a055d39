using Egov.Platform.Packs;

namespace Egov.Platform.Tests.Packs;

public sealed class KrPackTests
{
    private static readonly Lazy<CountryPack> Pack = new(() =>
    {
        var result = CountryPackLoader.Load(PackPaths.Kr);
        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        return result.Pack!;
    });

    [Fact]
    public void Load_KrPack_HasNoErrors()
    {
        var result = CountryPackLoader.Load(PackPaths.Kr);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Load_KrPack_ReadsManifest()
    {
        var pack = Pack.Value;

        Assert.Equal("kr", pack.Code);
        Assert.Equal(["ko", "en", "ja"], pack.Languages);
        Assert.Equal("ko", pack.DefaultLanguage);
        Assert.True(pack.IsDemo);
        Assert.Equal("KRW", pack.Currency.Code);
        Assert.Equal(0, pack.Currency.Decimals);
        Assert.Equal("design/theme.css", pack.DesignStylesheet);
        Assert.True(File.Exists(Path.Combine(pack.Directory, pack.DesignStylesheet)));
        Assert.Equal("대한민국", pack.Names["ko"]);
        Assert.Contains("rrn", pack.Identifiers.Keys);
    }

    [Fact]
    public void Texts_EveryLanguage_HasPackTexts()
    {
        foreach (var language in Pack.Value.Languages)
        {
            var texts = Pack.Value.Texts[language];
            Assert.All(["pack.serviceName", "pack.masthead", "pack.identifier", "pack.countryName"],
                key => Assert.False(string.IsNullOrWhiteSpace(texts[key])));
        }

        Assert.Contains("데모", Pack.Value.Texts["ko"]["pack.masthead"], StringComparison.Ordinal);
        Assert.Contains("not an official", Pack.Value.Texts["en"]["pack.masthead"], StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_Has17ProvincesEachWithChildren()
    {
        var regions = Pack.Value.Regions;
        var provinces = regions.TopLevel.ToList();

        Assert.Equal(17, provinces.Count);
        Assert.All(provinces, p => Assert.NotEmpty(regions.ChildrenOf(p.Code)));
        Assert.Equal(229, regions.All.Count(r => r.Level == 2));
        Assert.Equal("강원특별자치도", regions.Find("51")!.Names["ko"]);
        Assert.Equal("Jeonbuk State", regions.Find("52")!.Names["en"]);
        Assert.Equal("鍾路区", regions.Find("11110")!.Names["ja"]);
        Assert.Equal(25, regions.ChildrenOf("11").Count());
    }

    [Fact]
    public void Agencies_IncludeEveryProvincialGovernment()
    {
        var governed = Pack.Value.Agencies.Where(a => a.Kind == "provincial").Select(a => a.RegionCode).ToHashSet();

        Assert.All(Pack.Value.Regions.TopLevel, p => Assert.Contains(p.Code, governed));
        Assert.Contains(Pack.Value.Agencies, a => a.Code == "1741000" && a.Names["en"] == "Ministry of the Interior and Safety");
    }

    [Fact]
    public void Address_FormatsPerLanguage_DroppingEmptyFields()
    {
        var parts = new Dictionary<string, string?>
        {
            ["postalCode"] = "03171", ["province"] = "서울특별시", ["city"] = "종로구",
            ["road"] = "세종대로", ["building"] = "209", ["detail"] = null,
        };

        Assert.Equal("(03171) 서울특별시 종로구 세종대로 209", Pack.Value.Address.Format(parts, "ko"));
    }
}
