using Egov.Platform.Keys;
using Egov.Platform.Packs;
using Egov.Platform.Pdf;

namespace Egov.Approvals.Sealing;

/// <summary>
/// Seals an approved document: renders it in the pack's default language and by its writing rules
/// (<see cref="OfficialDocumentPdf"/>), then signs it as PAdES baseline B-B with the issuing agency's seal key
/// (<see cref="AgencySeals"/>, made on the agency's first document). Not time-stamped (B-T): the platform's
/// time-stamping authority belongs to the Documents module, which this module may not reach into; a document's
/// approval dates are on the document card and in the audit log, and the seal's /M time is the claimed signing time.
/// </summary>
internal sealed class OfficialDocumentSealer(CountryPack pack, IKeyStore keys, PadesSigner signer, TimeProvider time)
{
    /// <summary>The sealed PDF of <paramref name="document"/>; throws when the pack has no writing rules or no such agency.</summary>
    public async Task<byte[]> SealAsync(OfficialDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var writing = pack.Writing ?? throw new InvalidOperationException($"The pack '{pack.Code}' has no writing.yaml: official documents cannot be written.");
        var ring = AgencySeals.For(pack, document.AgencyCode)
            ?? throw new InvalidOperationException($"The pack '{pack.Code}' has no agency '{document.AgencyCode}' to seal with.");
        var key = await keys.GetCurrentAsync(ring, cancellationToken);
        var pdf = OfficialDocumentPdf.Render(document, writing, pack.DefaultLanguage, time.GetUtcNow());
        return await signer.SignAsync(pdf, key, tsa: null, cancellationToken);
    }
}
