using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Egov.Browser.Tests;

/// <summary>The real host on Kestrel (a browser needs a socket), on a free loopback port and a throwaway SQLite file.</summary>
internal sealed class EgovHostFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"egov-browser-{Guid.NewGuid():N}.db");

    public EgovHostFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Everything the server logged at Error or above; a test fails when it grows.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Egov", _databasePath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorRecorder(Errors)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
