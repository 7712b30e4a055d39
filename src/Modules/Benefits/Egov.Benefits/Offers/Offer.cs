namespace Egov.Benefits.Offers;

/// <summary>A benefit the platform offered someone before they asked, and what became of the offer.</summary>
internal sealed class Offer
{
    public Guid Id { get; set; }

    /// <summary>Who would receive it (a newborn for the child allowance, the parent for a discount).</summary>
    public Guid BeneficiaryId { get; set; }

    public required string BenefitCode { get; set; }

    /// <summary>What prompted it: a life event (<c>birth</c>) or the daily sweep (<c>sweep</c>).</summary>
    public required string Trigger { get; set; }

    /// <summary>The amount when it was offered, in the pack's currency.</summary>
    public decimal? Amount { get; set; }

    public DateTime OfferedAt { get; set; }

    /// <summary><see cref="OfferStatus"/>.</summary>
    public required string Status { get; set; }

    public DateTime? DecidedAt { get; set; }
}

/// <summary>Offered, then applied for or declined (by the beneficiary or their guardian).</summary>
internal static class OfferStatus
{
    public const string Offered = "offered";
    public const string Applied = "applied";
    public const string Declined = "declined";

    /// <summary>Withdrawn by the platform: the beneficiary died before applying.</summary>
    public const string Withdrawn = "withdrawn";
}
