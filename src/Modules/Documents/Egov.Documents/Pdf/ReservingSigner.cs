using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Signatures;

namespace Egov.Documents.Pdf;

/// <summary>
/// The <see cref="IDigitalSigner"/> PDFsharp calls while saving: it only reserves the /Contents space and leaves it
/// zero. PDFsharp 6.2 writes /SubFilter /adbe.pkcs7.detached and a local-clock /M into the signed bytes;
/// <see cref="PadesSigner"/> corrects both before it signs, which a signer called from inside the save cannot.
/// </summary>
internal sealed class ReservingSigner(int size, string certificateName) : IDigitalSigner, IAnnotationAppearanceHandler
{
    public string CertificateName => certificateName;

    public Task<int> GetSignatureSizeAsync() => Task.FromResult(size);

    public Task<byte[]> GetSignatureAsync(Stream stream) => Task.FromResult(Array.Empty<byte>());

    /// <summary>The signature is invisible: the page already shows the issuer's seal and the QR code.</summary>
    public void DrawAppearance(XGraphics gfx, XRect rect)
    {
    }
}
