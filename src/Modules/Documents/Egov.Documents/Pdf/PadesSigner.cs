using System.Globalization;
using System.Text;
using Egov.Documents.TimeStamping;
using Egov.Platform.Keys;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace Egov.Documents.Pdf;

/// <summary>
/// Signs a certificate PDF as PAdES baseline B-B, or B-T with a time-stamp authority: PDFsharp writes the document
/// with an invisible signature field and a reserved /Contents; this class sets /SubFilter /ETSI.CAdES.detached and
/// /M (the claimed signing time, from <see cref="TimeProvider"/>), then signs every byte but /Contents and fills it.
/// </summary>
internal sealed class PadesSigner(TimeProvider time)
{
    private static readonly byte[] PdfSharpSubFilter = "/adbe.pkcs7.detached"u8.ToArray();
    private static readonly byte[] PadesSubFilter = "/ETSI.CAdES.detached"u8.ToArray();
    private static readonly byte[] DateKey = "/M(D:"u8.ToArray();

    public async Task<byte[]> SignAsync(PdfDocument document, SigningKey key, ITimeStampAuthority? tsa, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(key);
        var reserving = new ReservingSigner(ReservedSize(key, tsa), key.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false));
        DigitalSignatureHandler.ForDocument(document, reserving, new DigitalSignatureOptions
        {
            AppName = "Enjoy e-Gov",
            AppearanceHandler = reserving,
            Rectangle = new XRect(0, 0, 0, 0),
            PageIndex = 0,
        });

        byte[] pdf;
        using (var stream = new MemoryStream())
        {
            await document.SaveAsync(stream, closeStream: false);
            pdf = stream.ToArray();
        }

        var slot = PdfSignatureSlot.FindLast(pdf) ?? throw new InvalidOperationException("PDFsharp wrote no signature placeholder.");
        var dictionary = pdf.AsSpan(0, slot.ContentsStart);
        // Both stand before /Contents in the signature dictionary PDFsharp writes; same lengths, so no offset moves.
        Replace(dictionary, PdfSharpSubFilter, PadesSubFilter);
        WriteClaimedTime(dictionary, time.GetUtcNow());

        var cms = await CadesSignature.CreateAsync(slot.SignedBytes(pdf), key, tsa, cancellationToken);
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(cms));
        var room = slot.ContentsEnd - slot.ContentsStart - 2;
        if (hex.Length > room)
        {
            throw new InvalidOperationException($"The signature ({cms.Length} bytes) is larger than the space reserved for it ({room / 2} bytes).");
        }

        hex.CopyTo(pdf.AsSpan(slot.ContentsStart + 1));
        return pdf;
    }

    /// <summary>Room for the CMS: the certificates, the signature and attributes, and a time-stamp token with its certificate.</summary>
    private static int ReservedSize(SigningKey key, ITimeStampAuthority? tsa) =>
        key.Certificate.RawData.Length + key.Issuers.Sum(c => c.RawData.Length) + 1024 + (tsa is null ? 0 : 4096);

    private static void Replace(Span<byte> pdf, ReadOnlySpan<byte> find, ReadOnlySpan<byte> replacement)
    {
        var at = pdf.LastIndexOf(find);
        if (at < 0)
        {
            throw new InvalidOperationException("The signature dictionary has no /SubFilter /adbe.pkcs7.detached to replace.");
        }

        replacement.CopyTo(pdf[at..]);
    }

    /// <summary>/M as D:YYYYMMDDHHmmSS+HH'mm', as PDFsharp writes it in local time; rewritten in UTC, same length.</summary>
    private static void WriteClaimedTime(Span<byte> pdf, DateTimeOffset now)
    {
        var at = pdf.LastIndexOf(DateKey);
        if (at < 0)
        {
            throw new InvalidOperationException("The signature dictionary has no /M date to set.");
        }

        var start = at + DateKey.Length;
        var end = pdf[start..].IndexOf((byte)')') + start;
        var written = Encoding.ASCII.GetBytes(now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'");
        if (written.Length != end - start)
        {
            throw new InvalidOperationException($"The signature dictionary's /M date is not in the form {written.Length} characters long.");
        }

        written.CopyTo(pdf[start..]);
    }
}
