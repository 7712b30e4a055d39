using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Egov.Platform.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Egov.Testing;

/// <summary>
/// The real host (Program.cs, real migrations, the repository's packs) over a test database. Records every
/// log entry at Error or above, so a test can fail when the server logged an error it did not expect.
/// </summary>
public class EgovHostFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Generated residents a test host seeds (the pack's size only where a test asks for it in its settings).</summary>
    public const int DemoPopulationSize = 200;

    public TestDatabase Database { get; } = database;

    public ConcurrentQueue<string> LoggedErrors { get; } = new();

    /// <summary>Every text message the host sent (one-time codes), instead of a gateway.</summary>
    public RecordingSmsSender Sms { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Egov:Home", RepoPaths.Root);
        // Hashing a dozen demo passwords at the production cost takes seconds: only tests that need them opt in.
        builder.UseSetting("Identity:SeedDemoAccounts", "false");
        // A few hundred generated residents, not the pack's ten thousand: every test host starts on a fresh database.
        builder.UseSetting("Registries:DemoPopulation:Size", DemoPopulationSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Hundreds of test sign-ups and sign-ins need no brute-force cost; one test checks the production count.
        builder.UseSetting("Identity:PasswordHashIterations", "1000");
        // Every test client shares one address here; the per-address sign-in limit has its own test.
        builder.UseSetting("Platform:Limits:SignInAttemptsPerMinutePerAddress", "100000");
        foreach (var (key, value) in Database.Configuration.Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ISmsSender>(Sms));
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCollector(LoggedErrors)));
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, errors);

        public void Dispose()
        {
        }

        private sealed class Collector(string category, ConcurrentQueue<string> errors) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
                }
            }
        }
    }
}
