using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Egov.Browser.Tests.BrowserFixture))]
// One server, one error log: tests take turns so an error is charged to the test that caused it.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

namespace Egov.Browser.Tests;

/// <summary>One host and one Debian Chromium for the whole run; each test gets a fresh browser context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly EgovHostFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    internal IBrowser Browser => _browser!;

    internal EgovHostFactory Host => _factory;

    public async ValueTask InitializeAsync()
    {
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First());
        _playwright = await Playwright.CreateAsync();
        // The machine's Chromium: tests never download a browser.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
