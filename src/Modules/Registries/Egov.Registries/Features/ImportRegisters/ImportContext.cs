using System.Text.RegularExpressions;
using Egov.Platform.Packs;
using Egov.Registries.Domain;
using Egov.Registries.Protection;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// What the row mappers of one import share: the pack's rules, the register's number protection, the file ids
/// seen so far per kind (for references), and the current batch's own checks.
/// </summary>
internal sealed class ImportContext
{
    private readonly string source;

    public ImportContext(string source, CountryPack pack, ResidentNumbers numbers)
    {
        this.source = source;
        Regions = pack.Regions;
        Numbers = numbers;
        Person = pack.People is { } people ? pack.Identifiers[people.Identifier]
            : throw new InvalidOperationException($"pack {pack.Code} names no person identifier (people.identifier): resident numbers cannot be checked");
        Business = pack.Businesses is { } businesses ? pack.Identifiers[businesses.Identifier] : null;
        Phone = pack.People?.Phone is { } phone ? pack.Identifiers[phone.Identifier] : null;
        LandCategories = pack.Population?.LandCategories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        BuildingUses = pack.Population?.BuildingUses.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
    }

    public RegionDirectory Regions { get; }

    public ResidentNumbers Numbers { get; }

    public PersonIdentifierFormat Person { get; }

    public PersonIdentifierFormat? Business { get; }

    public PersonIdentifierFormat? Phone { get; }

    /// <summary>The pack's land categories (population settings); null when it lists none, and any code is taken.</summary>
    public IReadOnlySet<string>? LandCategories { get; }

    /// <summary>The pack's building uses; null when it lists none.</summary>
    public IReadOnlySet<string>? BuildingUses { get; }

    /// <summary>
    /// Checks an identifier, trying again when its pattern's match timed out: the timeout guards pages against
    /// hostile input, but on a loaded machine a descheduled thread can overrun it on an ordinary value.
    /// </summary>
    public static IdentifierCheck Check(PersonIdentifierFormat format, string value)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return format.Validate(value);
            }
            catch (RegexMatchTimeoutException) when (attempt < 3)
            {
            }
        }
    }

    public FileIdSet Addresses { get; } = new();

    public FileIdSet Households { get; } = new();

    public FileIdSet Residents { get; } = new();

    public FileIdSet Parcels { get; } = new();

    public FileIdSet Buildings { get; } = new();

    public FileIdSet Companies { get; } = new();

    /// <summary>Number hashes of the current batch and their lines (the unique index only sees other batches' rows).</summary>
    public Dictionary<UInt128, long> NumbersInBatch { get; } = [];

    /// <summary>Business numbers of the current batch and their lines.</summary>
    public Dictionary<string, long> BusinessNumbersInBatch { get; } = new(StringComparer.Ordinal);

    /// <summary>Parent links of the current batch, whose birth dates are compared once the batch is read.</summary>
    public List<ParentLink> ParentLinks { get; } = [];

    /// <summary>
    /// The register id of a file row: derived from the source, kind and file id, so the same files always give
    /// the same ids and a reference resolves without a look-up table.
    /// </summary>
    public Guid IdOf(string kind, long fileId) => IdOf(source, kind, fileId);

    public static Guid IdOf(string source, string kind, long fileId) =>
        StableId.Ordered($"import/{source}", kind, fileId);

    public Guid? IdOf(string kind, long? fileId) => fileId is { } id ? IdOf(kind, id) : null;

    public void StartBatch()
    {
        NumbersInBatch.Clear();
        BusinessNumbersInBatch.Clear();
        ParentLinks.Clear();
    }
}

/// <summary>A parent link to check: the child must not be born before the parent.</summary>
internal readonly record struct ParentLink(long Line, Guid Child, Guid Parent);
