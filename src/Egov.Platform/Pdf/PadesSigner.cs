using System.Security.Cryptography.X509Certificates;
using System.Text;
using Egov.Platform.Keys;

namespace Egov.Platform.Pdf;

/// <summary>
/// Signs a PDF as PAdES baseline B-B, or B-T with a time-stamp authority: <see cref="PdfUpdate"/> writes
/// the document with an invisible signature field, /SubFilter /ETSI.CAdES.detached, /M (the claimed signing time,
/// from <see cref="TimeProvider"/>) and a reserved /Contents; this class signs every byte but /Contents and fills it.
/// </summary>
public sealed class PadesSigner(TimeProvider time)
{
    /// <summary>
    /// <paramref name="document"/> signed with <paramref name="key"/> (a document-signing key: its certificate and CA
    /// chain go into the signature); time-stamped (B-T) when <paramref name="tsa"/> is given, else B-B.
    /// </summary>
    public async Task<byte[]> SignAsync(UnsignedPdf document, SigningKey key, ITimeStampAuthority? tsa, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(key);
        var placeholder = new PdfSignaturePlaceholder(
            key.Certificate.GetNameInfo(X509NameType.SimpleName, false), time.GetUtcNow(), ReservedSize(key, tsa));
        var pdf = document.ToPdf(placeholder);
        var slot = PdfSignatureSlot.FindLast(pdf) ?? throw new InvalidOperationException("The PDF has no signature placeholder.");

        var cms = await CadesSignature.CreateAsync(slot.SignedBytes(pdf), key, tsa, cancellationToken);
        var room = slot.ContentsEnd - slot.ContentsStart - 2;
        if (cms.Length * 2 > room)
        {
            throw new InvalidOperationException($"The signature ({cms.Length} bytes) is larger than the space reserved for it ({room / 2} bytes).");
        }

        Encoding.ASCII.GetBytes(Convert.ToHexString(cms), pdf.AsSpan(slot.ContentsStart + 1));
        return pdf;
    }

    /// <summary>Room for the CMS: the certificates, the signature and attributes, and a time-stamp token with its certificate.</summary>
    private static int ReservedSize(SigningKey key, ITimeStampAuthority? tsa) =>
        key.Certificate.RawData.Length + key.Issuers.Sum(c => c.RawData.Length) + 1024 + (tsa is null ? 0 : 4096);
}
