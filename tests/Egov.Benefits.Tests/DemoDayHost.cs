using System.Diagnostics;
using Egov.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Benefits.Tests;

/// <summary>
/// The host with its clock set to noon in Seoul on 6 December 2026, then running: the demo family's newborn
/// (2 October 2026) is two months old and Choi Jinho (5 December 1961) has just turned 65, whenever the tests run.
/// The clock runs (timers fire in real time) so the outbox and jobs still poll.
/// </summary>
internal sealed class DemoDayHost(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) : EgovHostFactory(database, settings)
{
    public static readonly DateTimeOffset Start = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new ShiftedClock(Start)));
    }

    /// <summary>Real time moved to <paramref name="start"/>: the base class's timers stay real.</summary>
    private sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly Stopwatch elapsed = Stopwatch.StartNew();

        public override DateTimeOffset GetUtcNow() => start + elapsed.Elapsed;
    }
}
