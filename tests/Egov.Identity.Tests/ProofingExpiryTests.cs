using Egov.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Egov.Identity.Tests.ProofingJourney;

namespace Egov.Identity.Tests;

/// <summary>One-time codes and proofs expire: 5 minutes to enter the code, 15 more to choose an ID.</summary>
public sealed class ProofingExpiryTests
{
    [Fact]
    public async Task ACode_EnteredAfterFiveMinutes_IsRefused_WithAWayToStartAgain()
    {
        await using var clock = await FrozenClockHost.StartAsync();
        var journey = new ProofingJourney(new PersonAtTheBrowser(clock.Factory), clock.Host);
        var time = clock.Time;

        var code = await journey.CodeForAsync(KimMinjun);
        time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var late = await journey.EnterCodeAsync(code);

        var page = await TextAsync(late);
        Assert.Contains("인증번호 유효 시간이 지났습니다", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/register\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProof_NotUsedWithinFifteenMinutes_CreatesNoAccount()
    {
        await using var clock = await FrozenClockHost.StartAsync();
        var person = new PersonAtTheBrowser(clock.Factory);
        var journey = new ProofingJourney(person, clock.Host);
        var time = clock.Time;
        using (await journey.EnterCodeAsync(await journey.CodeForAsync(KimMinjun)))
        {
        }

        time.Advance(TimeSpan.FromMinutes(14));
        using var inTime = await person.GetAsync("/account/register/account");
        time.Advance(TimeSpan.FromMinutes(2));
        using var late = await person.GetAsync("/account/register/account");

        Assert.Equal(System.Net.HttpStatusCode.OK, inTime.StatusCode);
        Assert.Equal("/account/register", late.Headers.Location?.OriginalString);
    }

    /// <summary>A host of its own whose clock the test moves.</summary>
    private sealed class FrozenClockHost(TestDatabase database, EgovHostFactory host, FakeTimeProvider time) : IAsyncDisposable
    {
        public EgovHostFactory Host => host;

        public FakeTimeProvider Time => time;

        public WebApplicationFactory<Program> Factory { get; } = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));

        public static async Task<FrozenClockHost> StartAsync()
        {
            var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
            return new FrozenClockHost(database, new EgovHostFactory(database), new FakeTimeProvider(DateTimeOffset.UtcNow));
        }

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            await host.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
