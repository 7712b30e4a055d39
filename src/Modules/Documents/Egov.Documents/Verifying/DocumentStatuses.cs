using Egov.Documents.Domain;

namespace Egov.Documents.Verifying;

/// <summary>Where an issued document stands now: revoked, past its verification period, or valid.</summary>
internal static class DocumentStatuses
{
    public static DocumentStatus Of(IssuedDocument document, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.IsRevoked ? DocumentStatus.Revoked
            : now.UtcDateTime > document.VerifiableUntil ? DocumentStatus.Expired
            : DocumentStatus.Valid;
    }
}
