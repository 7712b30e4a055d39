using System.Collections.Concurrent;
using Egov.Platform;
using Egov.Platform.Jobs;
using Egov.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Host.Tests;

/// <summary>Two copies of the host on one PostgreSQL, as behind a load balancer.</summary>
[PostgresOnly]
public sealed class TwoHostCopiesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DataProtectedPayload_FromOneCopy_IsReadByTheOther()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var first = new EgovHostFactory(database);
        await using var second = new EgovHostFactory(database);

        var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed-in");

        Assert.Equal("signed-in", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(token));
    }

    [Fact]
    public async Task AntiforgeryCookie_IssuedByOneCopy_IsAcceptedByTheOther()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        await using var first = new EgovHostFactory(database);
        await using var second = new EgovHostFactory(database);
        var noCookies = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };

        using var response = await LanguageSwitch.PostAsync(first.CreateClient(noCookies), second.CreateClient(noCookies), "ja", Ct);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task RecurringJob_RunningInBothCopies_RunsOncePerOccurrence()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);
        var runs = new ConcurrentBag<(string Copy, DateTime Occurrence)>();
        await using var first = WithEverySecondJob(new EgovHostFactory(database), "first", runs);
        await using var second = WithEverySecondJob(new EgovHostFactory(database), "second", runs);
        _ = first.Server;
        _ = second.Server;

        await Task.Delay(TimeSpan.FromSeconds(5), Ct);

        var snapshot = runs.ToArray();
        Assert.True(snapshot.Length >= 3, $"only {snapshot.Length} runs in 5 s");
        Assert.Equal(snapshot.Length, snapshot.Select(r => r.Occurrence).Distinct().Count());
    }

    private static WebApplicationFactory<Program> WithEverySecondJob(
        EgovHostFactory factory, string copy, ConcurrentBag<(string, DateTime)> runs) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton(new EverySecondJob(copy, runs));
            s.AddSingleton<IRecurringJob>(sp => sp.GetRequiredService<EverySecondJob>());
            s.Configure<JobOptions>(o => o.TickInterval = TimeSpan.FromMilliseconds(100));
        }));

    private sealed class EverySecondJob(string copy, ConcurrentBag<(string, DateTime)> runs) : IRecurringJob
    {
        public string Name => "every-second";

        public TimeSpan Interval => TimeSpan.FromSeconds(1);

        public Task RunAsync(DateTime occurrence, CancellationToken cancellationToken)
        {
            runs.Add((copy, occurrence));
            return Task.CompletedTask;
        }
    }
}
