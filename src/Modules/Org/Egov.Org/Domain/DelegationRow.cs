using Egov.Platform.Packs;

namespace Egov.Org.Domain;

/// <summary>One row of an agency's own delegation table, copied from the pack's default and then maintained.</summary>
internal sealed class DelegationRow
{
    public Guid Id { get; set; }

    public required string AgencyCode { get; set; }

    /// <summary>Keeps the order the table was written in.</summary>
    public int Position { get; set; }

    public required string DocumentType { get; set; }

    public decimal? MinAmount { get; set; }

    public decimal? MaxAmount { get; set; }

    public required string PostCode { get; set; }

    public Dictionary<string, string> Subject { get; set; } = [];

    public DelegationRule ToRule() => new(DocumentType, MinAmount, MaxAmount, PostCode, Subject);
}

/// <summary>Marks that an agency has adopted its delegation table: from then on its rows, not the pack's, decide.</summary>
internal sealed class DelegationTable
{
    public required string AgencyCode { get; set; }

    public DateTime AdoptedAt { get; set; }
}
