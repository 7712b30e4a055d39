namespace Egov.Documents.Domain;

/// <summary>What a document can be about: <see cref="IssuedDocument.SubjectKind"/>.</summary>
internal static class SubjectKinds
{
    public const string Resident = "resident";
}
