using Egov.Testing;
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
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new EgovHostFactory(database);
        await using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        var journey = new ProofingJourney(new PersonAtTheBrowser(factory), host);

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
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new EgovHostFactory(database);
        await using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        var person = new PersonAtTheBrowser(factory);
        var journey = new ProofingJourney(person, host);
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
}
