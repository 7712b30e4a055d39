using System.Diagnostics.CodeAnalysis;

namespace Egov.Platform.Packs;

/// <summary>The outcome of <see cref="CountryPackLoader.Load"/>: a pack, or every error found in it.</summary>
public sealed class PackLoadResult
{
    private PackLoadResult(CountryPack? pack, IReadOnlyList<PackError> errors)
    {
        Pack = pack;
        Errors = errors;
    }

    /// <summary>The loaded pack; null when there are errors.</summary>
    public CountryPack? Pack { get; }

    /// <summary>All errors, in file then line order; empty when the pack is valid.</summary>
    public IReadOnlyList<PackError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Pack))]
    public bool IsValid => Pack is not null;

    internal static PackLoadResult Success(CountryPack pack) => new(pack, []);

    internal static PackLoadResult Failure(IReadOnlyList<PackError> errors) => new(null, errors);
}
