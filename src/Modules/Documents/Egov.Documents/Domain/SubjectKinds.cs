namespace Egov.Documents.Domain;

/// <summary>What a document can be about: <see cref="IssuedDocument.SubjectKind"/>.</summary>
internal static class SubjectKinds
{
    public const string Resident = "resident";

    public const string Parcel = Registries.Contracts.PropertyKinds.Parcel;

    public const string Building = Registries.Contracts.PropertyKinds.Building;

    public const string Company = "company";
}
