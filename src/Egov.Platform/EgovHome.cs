using Microsoft.Extensions.Configuration;

namespace Egov.Platform;

/// <summary>
/// The deployment folder that holds <c>packs/</c> and, by default, <c>data/</c>. Relative paths in the
/// configuration resolve against it, so the host and the CLI find the same database file whichever
/// folder they are started from. Set <c>Egov:Home</c> to pin it; otherwise the nearest folder at or above
/// the content root that has a <c>packs/</c> folder (the repository root in development, the publish
/// folder in production).
/// </summary>
public static class EgovHome
{
    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Egov:Home"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "packs")))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(contentRoot);
    }
}
