using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>Finds the repository's packs; throwaway copies to break are <see cref="TempPack"/>.</summary>
internal static class PackPaths
{
    public static string Kr => System.IO.Path.Combine(RepoPaths.Root, "packs", "kr");
}
