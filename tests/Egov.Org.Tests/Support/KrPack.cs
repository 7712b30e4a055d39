using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Org.Tests.Support;

/// <summary>The repository's Korea pack, loaded once.</summary>
internal static class KrPack
{
    private static readonly Lazy<CountryPack> Pack = new(() =>
        CountryPackLoader.Load(Path.Combine(RepoPaths.Root, "packs", "kr")).Pack ?? throw new InvalidOperationException("the kr pack does not load"));

    public static CountryPack Load() => Pack.Value;
}
