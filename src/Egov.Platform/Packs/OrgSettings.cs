using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>
/// The organisation's vocabulary (<c>org.yaml</c>): posts (직위) with their rank, grades (직급), the document types the
/// delegation table tells apart, and the delegation table (전결 규정) each agency starts with.
/// </summary>
/// <param name="Posts">The posts, in file order (highest authority first by convention).</param>
/// <param name="Grades">The grades, in file order.</param>
/// <param name="DocumentTypes">The document types, in file order.</param>
/// <param name="DefaultDelegation">The delegation table every agency starts from.</param>
public sealed record OrgSettings(
    IReadOnlyList<OrgPost> Posts, IReadOnlyList<OrgGrade> Grades, IReadOnlyList<OrgDocumentType> DocumentTypes,
    IReadOnlyList<DelegationRule> DefaultDelegation)
{
    /// <summary>A pack without <c>org.yaml</c>: no posts, no grades, no delegation.</summary>
    public static OrgSettings None { get; } = new([], [], [], []);

    /// <summary>The post with that code, or null.</summary>
    public OrgPost? FindPost(string code) => Posts.FirstOrDefault(p => p.Code == code);

    /// <summary>The grade with that code, or null.</summary>
    public OrgGrade? FindGrade(string code) => Grades.FirstOrDefault(g => g.Code == code);

    /// <summary>The document type with that code, or null.</summary>
    public OrgDocumentType? FindDocumentType(string code) => DocumentTypes.FirstOrDefault(t => t.Code == code);

    /// <summary>The post of most authority (the smallest rank): who heads an agency.</summary>
    public OrgPost? TopPost => Posts.OrderBy(p => p.Rank).FirstOrDefault();
}

/// <summary>A post (직위): what an official is in the hierarchy, whatever their grade.</summary>
/// <param name="Code">Stable code (<c>division-head</c>).</param>
/// <param name="Rank">1 is the most authority; posts of one rank are peers.</param>
/// <param name="Names">What people read, per language.</param>
public sealed record OrgPost(string Code, int Rank, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The name in the culture's language, or the code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>A civil-service grade (직급).</summary>
/// <param name="Code">Stable code (<c>grade-5</c>).</param>
/// <param name="Names">What people read, per language.</param>
public sealed record OrgGrade(string Code, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The name in the culture's language, or the code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>A kind of document, as the delegation table tells them apart.</summary>
/// <param name="Code">Stable code (<c>expenditure</c>).</param>
/// <param name="Names">What people read, per language.</param>
public sealed record OrgDocumentType(string Code, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The name in the culture's language, or the code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>One row of a delegation table: documents of a type, within an amount range, are approved at a post.</summary>
/// <param name="DocumentType">A document type code.</param>
/// <param name="MinAmount">The smallest amount the row covers (inclusive), or null for no lower bound.</param>
/// <param name="MaxAmount">The amount from which the row no longer applies (exclusive), or null for no upper bound.</param>
/// <param name="PostCode">The post that gives final approval.</param>
/// <param name="Subject">An optional note per language (what the row is about); empty when none.</param>
public sealed record DelegationRule(
    string DocumentType, decimal? MinAmount, decimal? MaxAmount, string PostCode, IReadOnlyDictionary<string, string> Subject)
{
    /// <summary>
    /// True when the row covers the amount. A document that commits no amount counts as zero: it falls in the row
    /// without a lower bound (or one of zero), so "expenditure" without an amount goes where the smallest spending goes.
    /// </summary>
    public bool Covers(decimal? amount)
    {
        var value = amount ?? 0m;
        return (MinAmount is not { } min || value >= min) && (MaxAmount is not { } max || value < max);
    }

    /// <summary>True when the two rows are of one type and some amount falls in both.</summary>
    public bool Overlaps(DelegationRule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return DocumentType == other.DocumentType
            && (MaxAmount is not { } max || other.MinAmount is not { } otherMin || otherMin < max)
            && (other.MaxAmount is not { } otherMax || MinAmount is not { } min || min < otherMax);
    }
}
