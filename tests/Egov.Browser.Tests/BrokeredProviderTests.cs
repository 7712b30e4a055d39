using System.Net;
using Egov.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// A pack that lists a provider shows its button on the sign-in page; when the provider cannot be reached the
/// person lands on a page that says so. A host of its own, as its pack differs from the shared one.
/// </summary>
public sealed class BrokeredProviderTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ProviderButton_OfAnUnreachableProvider_EndsOnAPageThatSaysWhatToDoNext()
    {
        using var pack = new TempPack().Replace("pack.yaml", "brokeredProviders: []\n", """
            brokeredProviders:
              - id: pass
                names: { ko: PASS 인증서, en: PASS certificate, ja: PASS証明書 }
                authority: http://127.0.0.1:9/
                clientId: enjoy-egov
                clientSecretSetting: Identity:Brokers:pass:ClientSecret
                scopes: [openid]
                assurance: aal2

            """);
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var host = new EgovHostFactory(database, new Dictionary<string, string?>
        {
            ["Packs:Directory"] = pack.PacksFolder, ["Identity:Brokers:pass:ClientSecret"] = "a-secret-for-a-provider-that-is-down",
        });
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address, Locale = "ko-KR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "또는 이미 쓰고 있는 인증 서비스로 로그인" })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "broker-sign-in-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "PASS 인증서(으)로 로그인" }).ClickAsync();

        await Expect(page.GetByText("인증 서비스에 연결할 수 없습니다")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "broker-unavailable-1280");
    }
}
