using System.ComponentModel.DataAnnotations;
using Egov.Identity.Domain;
using Egov.Identity.Passkeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/passkeys</c>: my passkeys — list, add, rename, remove. Adding one needs a session signed in
/// within the last <see cref="FreshFor"/>: a passkey outlives the session, so a cookie stolen or a screen left
/// unlocked must not be enough to plant one (removing needs the session only; it cannot take the last method).
/// </summary>
[Authorize]
internal sealed class PasskeysModel(
    UserManager<Egov.Identity.Domain.Account> accounts, AccountPasskeys passkeys, TimeProvider time, IStringLocalizer texts) : PageModel
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(10);

    [BindProperty]
    public PasskeyForm Form { get; set; } = new();

    /// <summary>The passkey whose rename form or removal confirmation is open (from the address).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Rename { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Remove { get; set; }

    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    public UserPasskeyInfo? Selected { get; private set; }

    public bool IsFresh { get; private set; }

    public bool IsLastMethod { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await accounts.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        await LoadAsync(account);
        return Page();
    }

    /// <summary>The options for <c>navigator.credentials.create</c>, fetched by passkeys.js (JSON, antiforgery-checked).</summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        if (await accounts.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (!await IsFreshAsync())
        {
            var problem = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = texts["identity.passkeys.error.stale"] };
            return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
        }

        return Content(await passkeys.CreationOptionsAsync(account), "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await accounts.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (ModelState.IsValid && !await IsFreshAsync())
        {
            ModelState.AddModelError(NameField, texts["identity.passkeys.error.stale"]);
        }
        else if (ModelState.IsValid && string.IsNullOrEmpty(Form.Credential))
        {
            // The browser gave no passkey: without script, or the person cancelled and sent the form anyway.
            ModelState.AddModelError(NameField, texts["identity.passkeys.error.noCredential"]);
        }
        else if (ModelState.IsValid
            && await passkeys.AddAsync(account, Form.Credential!, Form.Name!.Trim(), HttpContext.RequestAborted) != PasskeyChange.Done)
        {
            ModelState.AddModelError(NameField, texts["identity.passkeys.error.refused"]);
        }

        if (!ModelState.IsValid)
        {
            Form.Credential = null;
            await LoadAsync(account);
            return Page();
        }

        Done = texts["identity.passkeys.added", Form.Name!.Trim()];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenameAsync()
    {
        if (await accounts.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (AccountPasskeys.ParseReference(Form.Id) is not { } id)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var change = await passkeys.RenameAsync(account, id, Form.Name!.Trim(), HttpContext.RequestAborted);
            if (change == PasskeyChange.NotFound)
            {
                return NotFound();
            }

            Done = texts["identity.passkeys.renamed", Form.Name.Trim()];
            return RedirectToPage();
        }

        Rename = Form.Id;
        await LoadAsync(account);
        return Selected is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (await accounts.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        var change = AccountPasskeys.ParseReference(Form.Id) is { } id
            ? await passkeys.RemoveAsync(account, id, HttpContext.RequestAborted)
            : PasskeyChange.NotFound;
        switch (change)
        {
            case PasskeyChange.NotFound:
                // Someone else's passkey, or none: the same answer, so ids cannot be probed.
                return NotFound();
            case PasskeyChange.Done:
                Done = texts["identity.passkeys.removed"];
                return RedirectToPage();
            default:
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, texts["identity.passkeys.error.lastMethod"]);
                Remove = Form.Id;
                await LoadAsync(account);
                return Page();
        }
    }

    private static string NameField => $"{nameof(Form)}.{nameof(PasskeyForm.Name)}";

    private async Task LoadAsync(Egov.Identity.Domain.Account account)
    {
        Passkeys = await passkeys.ListAsync(account);
        IsLastMethod = await passkeys.IsLastMethodAsync(account);
        IsFresh = await IsFreshAsync();
        var selected = AccountPasskeys.ParseReference(Rename ?? Remove);
        Selected = selected is null ? null : Passkeys.FirstOrDefault(p => p.CredentialId.AsSpan().SequenceEqual(selected));
        if (Selected is not null && Rename is not null && string.IsNullOrEmpty(Form.Name))
        {
            Form.Name = Selected.Name;
        }
    }

    private async Task<bool> IsFreshAsync()
    {
        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return SessionLimits.StartedAt(session.Properties) is { } started && time.GetUtcNow() - started <= FreshFor;
    }
}

/// <summary>Adding (name and the browser's answer) or renaming (id and name) a passkey.</summary>
internal sealed class PasskeyForm
{
    public string? Id { get; set; }

    [Display(Name = "identity.passkeys.name", Description = "identity.passkeys.nameHint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(AccountPasskeys.MaxNameLength, ErrorMessage = "validation.maxLength")]
    public string? Name { get; set; }

    /// <summary>The JSON of the browser's <c>PublicKeyCredential</c>, written by passkeys.js.</summary>
    [StringLength(16_000, ErrorMessage = "validation.maxLength")]
    public string? Credential { get; set; }
}
