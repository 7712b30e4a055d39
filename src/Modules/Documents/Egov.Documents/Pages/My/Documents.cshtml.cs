using System.Globalization;
using Egov.Documents.Domain;
using Egov.Documents.Issuance;
using Egov.Documents.Submitting;
using Egov.Documents.Verifying;
using Egov.Identity.Contracts;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Egov.Platform.Web;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Documents.Pages.My;

/// <summary>
/// <c>/my/documents</c>: the wallet. Ask for a certificate about oneself or the person one acts for, then download
/// it (PDF or credential), see who checked it, revoke it or hide it. The holder is always the signed-in person,
/// and whom a certificate is about comes only from the acting context, never from the form.
/// </summary>
[Authorize]
internal sealed class DocumentsModel(
    IActingContext acting, CountryPack pack, DocumentIssuer issuer, DocumentWallet wallet, DocumentRevocation revocation,
    Recipients recipients, DocumentSubmissions submissions, DocumentRequests requests, WalletOffers offers,
    IStringLocalizer texts, CultureFormat format) : PageModel
{
    [BindProperty]
    public IssueForm Form { get; set; } = new();

    [BindProperty]
    public AboutForm About { get; set; } = new();

    /// <summary>People the signed-in person may ask for certificates about as a household member or relative (not when acting for someone).</summary>
    public IReadOnlyList<ClosePerson> ClosePeople { get; private set; } = [];

    /// <summary>Certificates about what the person the next certificate is about owns or represents.</summary>
    public IReadOnlyList<HoldingChoice> HoldingChoices { get; private set; } = [];

    public IReadOnlyList<WalletEntry> Entries { get; private set; } = [];

    /// <summary>The certificates the signed-in person may ask for now (as themselves or for whom they act).</summary>
    public IReadOnlyList<DocumentType> Offered { get; private set; } = [];

    /// <summary>The person the next certificate is about, when acting for someone.</summary>
    public string? OnBehalfName => acting.IsActingOnBehalf ? acting.Subject?.Name : null;

    /// <summary>Set when the signed-in account has no resident record of its own (an official, an unproofed account).</summary>
    public bool NoResident { get; private set; }

    public string? Done { get; private set; }

    /// <summary>The institutions a document can be sent to.</summary>
    public IReadOnlyList<RecipientChoice> Institutions { get; private set; } = [];

    /// <summary>Where each listed document was sent, by document sequence.</summary>
    public ILookup<long, Domain.Submission> Sent { get; private set; } = Array.Empty<Domain.Submission>().ToLookup(s => s.DocumentSequence);

    /// <summary>Institutions' requests waiting for the signed-in person's answer.</summary>
    public IReadOnlyList<Domain.DocumentRequest> Requests { get; private set; } = [];

    public string InstitutionName(string clientId) => Institutions.FirstOrDefault(i => i.ClientId == clientId)?.Name ?? clientId;

    public string When(DateTime utc) => format.DateTime(utc.AsUtcOffset());

    public string Day(DateOnly date) => format.Date(date);

    /// <summary>What a certificate about a property or company is about, as issued (its location or name); null for people.</summary>
    public static string? AboutWhat(Domain.IssuedDocument document) => document.SubjectKind == SubjectKinds.Resident ? null
        : System.Text.Json.Nodes.JsonNode.Parse(document.Facts) is { } facts
            ? (facts["property"]?["location"] ?? facts["company"]?["name"])?.GetValue<string>()
            : null;

    public string TypeName(string code) => pack.Documents.Find(code)?.NameIn(CultureInfo.CurrentUICulture) ?? code;

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        Done = done is "issued" or "revoked" or "hidden" or "sent" or "approved" or "declined" ? texts[$"documents.wallet.done.{done}"].Value : null;
        Form.Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync()
    {
        if (Holder is not { } holder || acting.Subject is not { Kind: PartyKind.Resident } subject)
        {
            return Forbid();
        }

        var type = pack.Documents.Find(Form.TypeCode ?? "");
        // About someone close: checked against the register again, never taken from the form alone.
        var close = Form.About is { } about && about != subject.Id && !acting.IsActingOnBehalf
            ? (await offers.CloseToAsync(holder, ActorReference, HttpContext.RequestAborted)).FirstOrDefault(p => p.Id.Value == about)
            : null;
        var requester = type is null ? null
            : Form.About is { } chosen && chosen != subject.Id ? (close is null ? null : WalletOffers.CloseRequesterFor(type, close))
            : RequesterFor(type);
        if (type is null || requester is not { } requestedAs)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(IssueForm.TypeCode)}", texts[close is null ? "documents.wallet.error.type" : "documents.wallet.error.close"]);
            await LoadAsync();
            return Page();
        }

        var result = await issuer.IssueAsync(
            new IssueRequest(type.Code, CertificateSubject.Of(close?.Id ?? new ResidentId(subject.Id)), new ResidentId(holder), requestedAs, Form.Language ?? pack.DefaultLanguage,
                Form.RevealIdentifiers ? true : null, type.AddressHistory is null ? null : Form.AddressHistory,
                string.IsNullOrEmpty(Form.Purpose) ? null : Form.Purpose, ActorReference, acting.IsActingOnBehalf ? subject.Reference : null),
            HttpContext.RequestAborted);
        if (result.Refusal is { } refusal)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(IssueForm.TypeCode)}", texts[$"documents.issue.refused.{refusal}"]);
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done = "issued" });
    }

    public async Task<IActionResult> OnPostIssueAboutAsync()
    {
        if (Holder is not { } holder || acting.Subject is not { Kind: PartyKind.Resident } subject)
        {
            return Forbid();
        }

        // The choice is checked against what the subject holds now, read again: a posted id alone proves nothing.
        var choice = (await offers.HoldingChoicesAsync(subject.Id, ActorReference, HttpContext.RequestAborted)).FirstOrDefault(c => c.Value == About.Choice);
        if (choice is null)
        {
            ModelState.AddModelError($"{nameof(About)}.{nameof(AboutForm.Choice)}", texts["documents.wallet.error.about"]);
            await LoadAsync();
            return Page();
        }

        var result = await issuer.IssueAsync(
            new IssueRequest(choice.Type.Code, choice.Subject, new ResidentId(holder), choice.RequestedAs, About.Language ?? pack.DefaultLanguage,
                About.RevealIdentifiers ? true : null, null, null, ActorReference, acting.IsActingOnBehalf ? subject.Reference : null),
            HttpContext.RequestAborted);
        if (result.Refusal is { } refusal)
        {
            ModelState.AddModelError($"{nameof(About)}.{nameof(AboutForm.Choice)}", texts[$"documents.issue.refused.{refusal}"]);
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done = "issued" });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id) =>
        Holder is { } holder && await revocation.RevokeByHolderAsync(id, holder, ActorReference, HttpContext.RequestAborted)
            ? RedirectToPage(new { done = "revoked" })
            : NotFound();

    public async Task<IActionResult> OnPostSendAsync(Guid id, string? institution, string? purpose)
    {
        if (Holder is not { } holder)
        {
            return Forbid();
        }

        var refusal = string.IsNullOrEmpty(institution) ? SubmitRefusals.UnknownRecipient
            : await submissions.SubmitAsync(id, holder, institution, string.IsNullOrEmpty(purpose) ? null : purpose, ActorReference, HttpContext.RequestAborted);
        if (refusal == SubmitRefusals.NoDocument)
        {
            return NotFound();
        }

        if (refusal is not null)
        {
            ModelState.AddModelError($"send-{id}", texts[$"documents.submit.refused.{refusal}"]);
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done = "sent" });
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id) => await AnswerAsync(id, approve: true);

    public async Task<IActionResult> OnPostDeclineAsync(Guid id) => await AnswerAsync(id, approve: false);

    private async Task<IActionResult> AnswerAsync(Guid id, bool approve) =>
        Holder is { } holder
        && await requests.AnswerAsync(id, holder, approve, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ActorReference, HttpContext.RequestAborted)
            ? RedirectToPage(new { done = approve ? "approved" : "declined" })
            : NotFound();

    public async Task<IActionResult> OnPostHideAsync(Guid id) =>
        Holder is { } holder && await wallet.HideAsync(id, holder, ActorReference, HttpContext.RequestAborted)
            ? RedirectToPage(new { done = "hidden" })
            : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id) =>
        Holder is { } holder && await wallet.OpenAsync(id, holder, ActorReference, HttpContext.RequestAborted) is { } opened
            ? File(opened.Files.Pdf, "application/pdf", $"{opened.Document.TypeCode}-{opened.Document.Number}.pdf")
            : NotFound();

    public async Task<IActionResult> OnGetCredentialAsync(Guid id) =>
        Holder is { } holder && await wallet.OpenAsync(id, holder, ActorReference, HttpContext.RequestAborted) is { } opened
            ? File(System.Text.Encoding.ASCII.GetBytes(opened.Files.Credential), "application/vc+jwt", $"{opened.Document.TypeCode}-{opened.Document.Number}.jwt")
            : NotFound();

    private Guid? Holder => acting.Actor?.ResidentId;

    private string ActorReference => $"account:{acting.Actor!.AccountId}";

    private async Task LoadAsync()
    {
        if (Holder is not { } holder)
        {
            NoResident = true;
            return;
        }

        Entries = await wallet.ListAsync(holder, HttpContext.RequestAborted);
        Institutions = await recipients.ListAsync(CultureInfo.CurrentUICulture, HttpContext.RequestAborted);
        Requests = await requests.PendingForAsync(holder, HttpContext.RequestAborted);
        Sent = await submissions.OfAsync([.. Entries.Select(e => e.Document.Sequence)], HttpContext.RequestAborted);
        Offered = acting.Subject is { Kind: PartyKind.Resident }
            ? [.. pack.Documents.Types.Where(t => CertificateFacts.IsAboutPerson(t.Source) && RequesterFor(t) is not null)]
            : [];
        HoldingChoices = acting.Subject is { Kind: PartyKind.Resident } subject
            ? await offers.HoldingChoicesAsync(subject.Id, ActorReference, HttpContext.RequestAborted)
            : [];
        ClosePeople = acting.IsActingOnBehalf ? [] : await offers.CloseToAsync(holder, ActorReference, HttpContext.RequestAborted);
        About.Language ??= CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
    }

    /// <summary>How the signed-in person may ask for this certificate about the acting subject; null when they may not.</summary>
    private string? RequesterFor(DocumentType type)
    {
        var requester = acting.Kind switch
        {
            null => DocumentRequesters.Self,
            DelegationKind.Guardian => DocumentRequesters.LegalRepresentative,
            DelegationKind.PowerOfAttorney when type.Service is { } service && acting.Allows(service) => DocumentRequesters.PowerOfAttorney,
            _ => null,
        };
        return requester is not null && type.Requesters.Contains(requester) ? requester : null;
    }
}

internal sealed class AboutForm
{
    public string? Choice { get; set; }

    public string? Language { get; set; }

    public bool RevealIdentifiers { get; set; }
}

internal sealed class IssueForm
{
    /// <summary>Whom it is about when not the subject: someone close to the signed-in person.</summary>
    public Guid? About { get; set; }

    public string? TypeCode { get; set; }

    public string? Purpose { get; set; }

    public string? Language { get; set; }

    public bool RevealIdentifiers { get; set; }

    public bool AddressHistory { get; set; }
}
