namespace Egov.Benefits.Facts;

/// <summary>A fact about a person that the registers do not hold (income, disability…), as last declared.</summary>
internal sealed class DeclaredFact
{
    public Guid ResidentId { get; set; }

    /// <summary>The fact's name, a declared property of the rules' context (<c>IncomePercentOfMedian</c>).</summary>
    public required string Fact { get; set; }

    /// <summary>The value in invariant form (<c>45</c>, <c>true</c>).</summary>
    public required string Value { get; set; }

    public DateTime DeclaredAt { get; set; }

    /// <summary>The account or agency that declared it.</summary>
    public required string DeclaredBy { get; set; }
}
