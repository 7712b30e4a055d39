using Egov.Platform.Packs;
using Egov.Platform.Web;

var builder = WebApplication.CreateBuilder(args);
// Static web assets (the design system's KRDS files) are served from the build output in every environment.
builder.WebHost.UseStaticWebAssets();
// Until the pack loader lands: the Korea pack, built by hand.
var pack = new CountryPack
{
    Code = "kr",
    Directory = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, "..", "..", "packs", "kr")),
    Languages = ["ko", "en", "ja"],
    Texts = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["ko"] = new Dictionary<string, string> { ["pack.serviceName"] = "Enjoy e-Gov 전자정부", ["pack.masthead"] = "이 누리집은 시연용 전자정부 누리집입니다. 공식 누리집이 아닙니다.", ["pack.identifier"] = "이 누리집은 Enjoy e-Gov 시연 누리집입니다.", ["pack.countryName"] = "대한민국" },
        ["en"] = new Dictionary<string, string> { ["pack.serviceName"] = "Enjoy e-Gov", ["pack.masthead"] = "This is a demonstration e-government site. It is not an official government website.", ["pack.identifier"] = "This site is the Enjoy e-Gov demonstration.", ["pack.countryName"] = "Republic of Korea" },
        ["ja"] = new Dictionary<string, string> { ["pack.serviceName"] = "Enjoy e-Gov 電子政府", ["pack.masthead"] = "このサイトは電子政府のデモサイトです。公式サイトではありません。", ["pack.identifier"] = "このサイトは Enjoy e-Gov のデモサイトです。", ["pack.countryName"] = "大韓民国" },
    },
    IsDemo = true,
    Currency = new CurrencyFormat("KRW", 0, new Dictionary<string, string> { ["ko"] = "{0}원", ["en"] = "KRW {0}", ["ja"] = "{0}ウォン" }),
    DesignStylesheet = "design/theme.css",
};
builder.Services.AddEgovWeb(pack);

var app = builder.Build();
app.UseEgovWeb();
app.MapStaticAssets();
app.MapRazorPages();
app.MapEgovWeb();
app.MapGet("/health/live", () => "ok");
app.Run();

/// <summary>Entry point, public so integration tests can host it.</summary>
public partial class Program;
