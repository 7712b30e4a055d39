using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Egov.Documents.Api;
using Egov.Documents.Domain;
using Egov.Documents.Issuance;
using Egov.Documents.Rendering;
using Egov.Documents.Verifying;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Egov.Documents.Pages;

/// <summary>
/// <c>/verify</c>: anyone checks a document without signing in, by its number, its PDF, its QR text or its
/// credential, and sees what it attests, masked as issued.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(WebConventionsExtensions.ApiRateLimitPolicy)]
internal sealed class VerifyModel(DocumentVerifier verifier, CountryPack pack, IStringLocalizer texts, CultureFormat format) : PageModel
{
    [BindProperty]
    [Display(Name = "documents.verify.number", Description = "documents.verify.numberHint")]
    [StringLength(64)]
    public string? Number { get; set; }

    [BindProperty]
    [Display(Name = "documents.verify.text", Description = "documents.verify.textHint")]
    [StringLength(8192)]
    public string? Text { get; set; }

    [BindProperty]
    [Display(Name = "documents.verify.file", Description = "documents.verify.fileHint")]
    public IFormFile? Upload { get; set; }

    /// <summary>The answer, after a check.</summary>
    public VerificationAnswer? Answer { get; private set; }

    public string? Title { get; private set; }

    /// <summary>The purpose printed on the document, in the reader's language; null when none was stated.</summary>
    public string? Purpose { get; private set; }

    public IReadOnlyList<CertificateSection> Sections { get; private set; } = [];

    public string When(DateTime utc) => format.DateTime(utc.AsUtcOffset());

    public async Task<IActionResult> OnPostNumberAsync()
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            ModelState.AddModelError(nameof(Number), texts["documents.verify.numberRequired"]);
            return Page();
        }

        if (DocumentNumber.Normalize(Number) is null)
        {
            ModelState.AddModelError(nameof(Number), texts["documents.verify.numberInvalid"]);
            return Page();
        }

        return Show(await verifier.ByNumberAsync(Number, null, HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostTextAsync()
    {
        var text = Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            ModelState.AddModelError(nameof(Text), texts["documents.verify.textRequired"]);
            return Page();
        }

        // A QR code's text carries its prefix; anything else presented here is taken for a credential.
        return Show(text.StartsWith(Credentials.OfflinePayload.Prefix, StringComparison.Ordinal)
            ? await verifier.ByQrAsync(text, null, HttpContext.RequestAborted)
            : await verifier.ByCredentialAsync(text, null, HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostFileAsync()
    {
        if (Upload is not { Length: > 0 } file)
        {
            ModelState.AddModelError(nameof(Upload), texts["documents.verify.fileRequired"]);
            return Page();
        }

        if (file.Length > DocumentsApi.MaxPdfBytes)
        {
            ModelState.AddModelError(nameof(Upload), texts["documents.verify.fileTooLarge"]);
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        return Show(await verifier.ByPdfAsync(buffer.ToArray(), null, HttpContext.RequestAborted));
    }

    private PageResult Show(VerificationAnswer answer)
    {
        Answer = answer;
        if (answer.Document is { } document)
        {
            var type = pack.Documents.Find(document.TypeCode);
            Title = type?.NameIn(System.Globalization.CultureInfo.CurrentUICulture) ?? document.TypeCode;
            Purpose = document.Purpose is null ? null
                : type?.Purposes.FirstOrDefault(p => p.Code == document.Purpose)?.NameIn(System.Globalization.CultureInfo.CurrentUICulture) ?? document.Purpose;
            Sections = new CertificateSections(texts, format, pack).Write(JsonNode.Parse(document.Facts)!.AsObject());
        }

        return Page();
    }
}
