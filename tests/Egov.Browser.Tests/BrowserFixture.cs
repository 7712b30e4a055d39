using System.Net;
using Egov.Testing;
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
    private TestDatabase? _database;
    private EgovHostFactory _factory = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    internal IBrowser Browser => _browser!;

    internal EgovHostFactory Host => _factory;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        _factory = new EgovHostFactory(_database);
        // A browser needs a socket: the real host on Kestrel, on a free loopback port.
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
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
        await _database!.DisposeAsync();
    }
}
