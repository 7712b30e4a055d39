using Egov.Platform.Packs;

namespace Egov.Platform.Tests;

/// <summary>A Korea pack built by hand, as the tests need it (no files read).</summary>
internal static class TestPacks
{
    public static CountryPack Korea(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? texts = null) => new()
    {
        Code = "kr",
        Directory = Path.GetTempPath(),
        Languages = ["ko", "en", "ja"],
        Names = new Dictionary<string, string> { ["ko"] = "대한민국", ["en"] = "Republic of Korea", ["ja"] = "大韓民国" },
        Texts = texts ?? new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["ko"] = new Dictionary<string, string> { ["pack.serviceName"] = "시험 서비스" },
            ["en"] = new Dictionary<string, string> { ["pack.serviceName"] = "Test service" },
        },
        IsDemo = true,
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"),
        Currency = new CurrencyFormat("KRW", 0, new Dictionary<string, string> { ["ko"] = "{0}원", ["en"] = "KRW {0}", ["ja"] = "{0}ウォン" }),
        DesignStylesheet = "design/theme.css",
    };
}
