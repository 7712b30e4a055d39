using Egov.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Benefits.Tests;

/// <summary>
/// The host with its clock stopped at noon in Seoul on 6 December 2026: the demo family's newborn (2 October 2026) is
/// two months old and Choi Jinho (5 December 1961) has just turned 65, whenever the tests run.
/// </summary>
internal sealed class FrozenHost(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) : EgovHostFactory(database, settings)
{
    public static readonly DateTimeOffset Now = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}
