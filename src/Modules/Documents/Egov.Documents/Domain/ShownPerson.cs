namespace Egov.Documents.Domain;

/// <summary>
/// A resident a document shows — its subject, a household member, a relative, an owner, a representative — so a
/// correction of that person's register entry finds every document that printed the wrong one.
/// </summary>
internal sealed class ShownPerson
{
    public long DocumentSequence { get; set; }

    public Guid ResidentId { get; set; }
}
