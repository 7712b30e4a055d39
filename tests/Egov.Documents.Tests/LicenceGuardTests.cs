namespace Egov.Documents.Tests;

/// <summary>
/// PDFsharp changed its licence from MIT to AGPL with 6.5; an automatic upgrade would make the whole platform
/// AGPL. This keeps the version inside the MIT range (Directory.Packages.props says the same).
/// </summary>
public sealed class LicenceGuardTests
{
    [Fact]
    public void PdfSharp_IsAnMitLicensedVersion()
    {
        var version = typeof(PdfSharp.Pdf.PdfDocument).Assembly.GetName().Version!;

        Assert.True(version < new Version(6, 5), $"PDFsharp {version} is AGPL-licensed from 6.5 on: keep 6.2.x");
    }
}
