using Egov.Platform.Packs;

namespace Egov.Platform.Web;

/// <summary>Where the pack's design files live on disk and under which URL they are served.</summary>
internal static class PackDesign
{
    public const string RequestPath = "/pack";

    /// <summary>The folder holding the pack's stylesheet; only it is served, never the rest of the pack.</summary>
    public static string Folder(CountryPack pack) =>
        Path.GetDirectoryName(Path.Combine(pack.Directory, pack.DesignStylesheet)) ?? pack.Directory;

    /// <summary>App-relative URL of the pack stylesheet, e.g. <c>~/pack/theme.css</c>.</summary>
    public static string StylesheetUrl(CountryPack pack) => $"~{RequestPath}/{Path.GetFileName(pack.DesignStylesheet)}";
}
