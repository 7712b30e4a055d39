using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Registries.Tests.Support;

/// <summary>The repository's kr pack, loaded once; its demo folder is the register under test.</summary>
internal static class KrPack
{
    private static readonly Lazy<CountryPack> Loaded = new(() =>
    {
        var result = CountryPackLoader.Load(Path.Combine(RepoPaths.Root, "packs", "kr"));
        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        return result.Pack!;
    });

    public static CountryPack Pack => Loaded.Value;
}
