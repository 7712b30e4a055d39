namespace Egov.Org.Administration;

/// <summary>
/// The outcome of a change to the organisation: done (with the id of what was made or touched), or refused with a text
/// key saying why and the form field it concerns. A refused change has written nothing.
/// </summary>
internal sealed record OrgChange(Guid? Id, string? ErrorKey, string? Field)
{
    public bool Succeeded => ErrorKey is null;

    public static OrgChange Done(Guid id) => new(id, null, null);

    public static OrgChange Refused(string errorKey, string field) => new(null, errorKey, field);
}
