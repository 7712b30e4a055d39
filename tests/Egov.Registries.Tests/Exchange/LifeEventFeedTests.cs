using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.LifeEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests.Exchange;

/// <summary>
/// <c>GET /api/v1/registries/life-events</c> through the real host: the demo agency follows <c>local-tax.residents</c>
/// (move-ins and deaths: kind, effective date, resident, region). Events are recorded by the registrar's
/// <see cref="RegisterChanges"/>; every person a page identifies is logged for them.
/// </summary>
public sealed class LifeEventFeedTests(ExchangeHost host) : IClassFixture<ExchangeHost>
{
    private const string Path = "/api/v1/registries/life-events";
    private const string Registrar = "account:00000000-0000-0000-0000-000000000001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Guid Demo(string key) => StableId.For("kr", "resident", key);

    [Fact]
    public async Task NoToken_Is401ProblemDetails()
    {
        using var answer = await host.Factory.CreateClient().GetAsync(Path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task EachApiTakesOnlyItsOwnScope()
    {
        using var withExchangeScope = await FollowAsync(await host.TokenAsync(ExchangeHost.Agency), "");
        Assert.Equal(HttpStatusCode.Forbidden, withExchangeScope.StatusCode);
        Assert.Contains("scope=\"registries.feed\"", withExchangeScope.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        using var withFeedScope = await host.QueryAsync(await FeedTokenAsync(ExchangeHost.Agency), ExchangeHost.KimMinjun, "benefits.eligibility");
        Assert.Equal(HttpStatusCode.Forbidden, withFeedScope.StatusCode);
        Assert.Contains("error=\"insufficient_scope\"", withFeedScope.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Feed not granted", "denied.not-granted", "life-events")]
    [InlineData("feed=benefits.deaths", "Feed not granted", "denied.not-granted", "benefits.deaths")]
    [InlineData("feed=marketing.everyone", "Unknown feed", "denied.purpose", "marketing.everyone")]
    public async Task ClientWithoutTheGrant_Is403_AndLoggedAsDenied(string query, string title, string outcome, string purpose)
    {
        var client = $"tax-office-{Guid.NewGuid():N}"[..24];
        await host.RegisterAgencyAsync(client, "Tax Office");

        using var answer = await FollowAsync(await FeedTokenAsync(client), query);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal(title, (await answer.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());
        using var scope = host.Factory.Services.CreateScope();
        var access = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().ExchangeAccesses.SingleAsync(a => a.ClientId == client, Ct);
        Assert.Equal((null, outcome, purpose, ""), (access.ResidentId, access.Outcome, access.Purpose, access.Fields));
        var entry = await scope.ServiceProvider.GetRequiredService<Egov.Platform.Data.PlatformDbContext>().AuditEntries
            .SingleAsync(e => e.Sequence == access.AuditSequence, Ct);
        Assert.Equal(($"client:{client}", "registries.exchange.denied", "resident:none"), (entry.Actor, entry.Action, entry.Subject));
    }

    [Theory]
    [InlineData("after=%21%21")]
    [InlineData("after=YWJj")]
    [InlineData("after=LTE")]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    [InlineData("limit=many")]
    public async Task BadCursorOrLimit_Is400ProblemDetails(string query)
    {
        using var answer = await FollowAsync(await FeedTokenAsync(ExchangeHost.Agency), query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ClientGrantedSeveralFeeds_NamesOne()
    {
        var client = "pension-office";
        await host.RegisterAgencyAsync(client, "Pension Office");
        await GrantAsync(client, "local-tax.residents");
        await GrantAsync(client, "benefits.deaths");
        var token = await FeedTokenAsync(client);

        using var unnamed = await FollowAsync(token, "");
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("benefits.deaths", await unnamed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var named = await FollowAsync(token, "feed=benefits.deaths");
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal("benefits.deaths", (await named.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("feed").GetString());
    }

    [Fact]
    public async Task GrantedClient_PagesThroughNewEventsInOrder_WithOnlyTheFeedsFields_ThenAnEmptyPage_ThenTheNextEvent()
    {
        var token = await FeedTokenAsync(ExchangeHost.Agency);
        var start = await EndOfFeedAsync(token);
        var (address, region) = await AddressElsewhereAsync(Demo("kim-minjun"));
        await RecordAsync(c => c.MoveInAsync(Demo("kim-minjun"), address, new DateOnly(2025, 3, 1), "head", Registrar, Ct));
        await RecordAsync(c => c.MarriageAsync(Demo("han-sora"), Demo("oh-junseo"), new DateOnly(2025, 3, 2), Registrar, Ct));
        await RecordAsync(c => c.DeathAsync(Demo("kim-youngsoo"), new DateOnly(2025, 3, 3), Registrar, Ct));
        await RecordAsync(c => c.NameChangeAsync(Demo("jung-woojin"), "정우진", "Jung Woojin", new DateOnly(2025, 3, 4), Registrar, Ct));
        await RecordAsync(c => c.MoveInAsync(Demo("lee-seoyeon"), address, new DateOnly(2025, 3, 5), "spouse", Registrar, Ct));

        var first = await PageAsync(token, $"after={start}&limit=2");
        Assert.Equal(
            [("move_in", "2025-03-01", Demo("kim-minjun")), ("death", "2025-03-03", Demo("kim-youngsoo"))],
            Events(first).Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("effectiveOn").GetString(), e.GetProperty("resident").GetGuid())));
        Assert.All(Events(first), e => Assert.Equal(["effectiveOn", "kind", "region", "resident"], e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal(region, Events(first)[0].GetProperty("region").GetString());
        Assert.Equal(["events", "feed", "legalBasis", "next"], first.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("지방세기본법 제130조", first.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        var second = await PageAsync(token, $"after={Next(first)}&limit=2");
        Assert.Equal([Demo("lee-seoyeon")], Events(second).Select(e => e.GetProperty("resident").GetGuid()));
        var empty = await PageAsync(token, $"after={Next(second)}");
        Assert.Empty(Events(empty));
        Assert.Equal(Next(second), Next(empty));

        await RecordAsync(c => c.DeathAsync(Demo("park-jihoon"), new DateOnly(2025, 3, 6), Registrar, Ct));
        var latest = await PageAsync(token, $"after={Next(empty)}");
        Assert.Equal([("death", Demo("park-jihoon"))], Events(latest).Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("resident").GetGuid())));

        var release = Assert.Single(await host.AuditAsync(Demo("kim-minjun")), e => e.Action.StartsWith("registries.exchange.feed.", StringComparison.Ordinal));
        Assert.Equal(("registries.exchange.feed.move_in", "client:demo-agency", "local-tax.residents"), (release.Action, release.Actor, release.Purpose));
        Assert.Equal(first.GetProperty("legalBasis").GetString(), release.LegalBasis);
        var access = Assert.Single(await host.AccessesAsync(Demo("kim-minjun")), a => a.AuditSequence == release.Sequence);
        Assert.Equal(("read", "move_in.kind move_in.effectiveOn move_in.resident move_in.region"), (access.Outcome, access.Fields));
        Assert.DoesNotContain(await host.AuditAsync(Demo("han-sora")), e => e.Action.StartsWith("registries.exchange.feed.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePerson_SeesOnTheirAccessPage_ThatTheAgencyReceivedTheirMoveIn()
    {
        var token = await FeedTokenAsync(ExchangeHost.Agency);
        var start = await EndOfFeedAsync(token);
        var (address, _) = await AddressElsewhereAsync(Demo("nguyen-thilan"));
        await RecordAsync(c => c.MoveInAsync(Demo("nguyen-thilan"), address, new DateOnly(2025, 4, 1), "head", Registrar, Ct));
        Assert.Single(Events(await PageAsync(token, $"after={start}")));

        var citizen = await host.SignInAsync("nguyen-thilan");
        citizen.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var log = await citizen.GetStringAsync("/my/data/access", Ct);
        Assert.Contains("Move-in sent to an agency&#x27;s system", log, StringComparison.Ordinal);
        Assert.Contains("demo-agency", log, StringComparison.Ordinal);
        var consents = await citizen.GetStringAsync("/my/consents", Ct);
        Assert.Contains("Move-ins and deaths for local tax", consents, StringComparison.Ordinal);
    }

    private Task<string> FeedTokenAsync(string client) => host.TokenAsync(client, "registries.feed");

    private async Task<HttpResponseMessage> FollowAsync(string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Path}?{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Factory.CreateClient().SendAsync(request, Ct);
    }

    private async Task<JsonElement> PageAsync(string token, string query)
    {
        using var answer = await FollowAsync(token, query);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>Follows the feed from its start until a page comes back empty; the cursor there.</summary>
    private async Task<string> EndOfFeedAsync(string token)
    {
        var page = await PageAsync(token, "limit=1000");
        while (Events(page).Count > 0)
        {
            page = await PageAsync(token, $"limit=1000&after={Next(page)}");
        }

        return Next(page);
    }

    private static List<JsonElement> Events(JsonElement page) => [.. page.GetProperty("events").EnumerateArray()];

    private static string Next(JsonElement page) => page.GetProperty("next").GetString()!;

    private async Task RecordAsync(Func<RegisterChanges, Task<RecordResult>> record)
    {
        using var scope = host.Factory.Services.CreateScope();
        var result = await record(scope.ServiceProvider.GetRequiredService<RegisterChanges>());
        Assert.True(result.Succeeded, string.Join(", ", result.Violations));
    }

    private async Task GrantAsync(string client, string code)
    {
        using var scope = host.Factory.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Registries.Exchange.ExchangeGrants>().GrantAsync(client, code, "system:test", Ct));
    }

    /// <summary>A registered address where <paramref name="resident"/> does not live, and its region.</summary>
    private async Task<(Guid Address, string Region)> AddressElsewhereAsync(Guid resident)
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var address = await db.Addresses.Where(a => !db.Residences.Any(r => r.ResidentId == resident && r.AddressId == a.Id))
            .OrderBy(a => a.Id).FirstAsync(Ct);
        return (address.Id, address.RegionCode);
    }
}
