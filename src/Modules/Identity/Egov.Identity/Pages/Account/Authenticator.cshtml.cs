using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using Egov.Identity.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Egov.Identity.Pages.Account;

/// <summary>
/// <c>/account/authenticator</c>: turn on an authenticator app. The key is shown as a QR code and as text;
/// the app's first code proves it was copied right, and only then is the second factor on and the ten
/// recovery codes shown — once.
/// </summary>
[Authorize]
internal sealed class AuthenticatorModel(
    UserManager<Egov.Identity.Domain.Account> accounts, SignInManager<Egov.Identity.Domain.Account> signIn,
    TotpTokenProvider totp, IStringLocalizer texts) : PageModel
{
    [BindProperty]
    public AuthenticatorForm Form { get; set; } = new();

    public string Key { get; private set; } = "";

    /// <summary>The QR code as a PNG data URI (allowed by the CSP's <c>img-src data:</c>).</summary>
    public string QrCode { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>Where to continue once the app is on (a service that asked for AAL2).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        await ShowKeyAsync(account, fresh: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && await totp.ValidateAsync("setup", Form.Code!.Replace(" ", "", StringComparison.Ordinal), accounts, account))
        {
            await accounts.SetTwoFactorEnabledAsync(account, true);
            RecoveryCodes = [.. await accounts.GenerateNewTwoFactorRecoveryCodesAsync(account, 10) ?? []];
            // A password session plus a code just verified from the app: both factors, so the session is AAL2.
            await signIn.SignInWithClaimsAsync(account, isPersistent: false, [new Claim("amr", "mfa")]);
            return Page();
        }

        if (ModelState.IsValid)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(AuthenticatorForm.Code)}", texts["identity.code.failed"]);
        }

        await ShowKeyAsync(account, fresh: false);
        return Page();
    }

    private async Task ShowKeyAsync(Egov.Identity.Domain.Account account, bool fresh)
    {
        // A new key on every fresh visit while the factor is off: an abandoned set-up leaves nothing usable.
        var key = fresh && !account.TwoFactorEnabled ? null : await TotpTokenProvider.KeyAsync(accounts, account);
        if (key is null)
        {
            key = Base32.Encode(RandomNumberGenerator.GetBytes(20));
            await TotpTokenProvider.SetKeyAsync(accounts, account, key);
        }

        Key = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        var issuer = Uri.EscapeDataString(texts["pack.serviceName"].Value);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(account.UserName!)}?secret={key}&issuer={issuer}&digits={Totp.Digits}&period={(int)Totp.Step.TotalSeconds}";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}

/// <summary>The confirmation code from the app.</summary>
internal sealed class AuthenticatorForm
{
    [Display(Name = "identity.code.label", Description = "identity.authenticator.codeHint")]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(20, ErrorMessage = "validation.maxLength")]
    public string? Code { get; set; }
}
