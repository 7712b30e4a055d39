using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Notifications.Domain;
using Egov.Notifications.Sending;
using Egov.Notifications.Settings;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Notifications.Pages.My;

/// <summary>
/// <c>/my/notifications/settings</c>: where notices reach the signed-in person besides the inbox, which topics they
/// hear about, and their quiet hours. Legal notices ignore the topics and quiet hours, and the page says so.
/// </summary>
[Authorize]
internal sealed class SettingsModel(
    IActingContext acting, NotificationSettings settings, ChannelDirectory channels, IResidentDirectory residents, CountryPack pack,
    IStringLocalizer texts) : PageModel
{
    /// <summary>The person reads their own number, as on their register page: the register logs it under this purpose.</summary>
    private const string PhonePurpose = "notifications.settings.phone";
    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    public bool NoResident { get; private set; }

    public bool OffersEmail => channels.OffersEmail;

    public IReadOnlyList<(string Code, string Name)> Messengers => channels.Messengers;

    public IReadOnlyList<NotificationTopic> Topics => pack.Notifications.Topics;

    public IReadOnlyList<string> Languages => pack.Languages;

    public string TimeZoneName => pack.TimeZone.Id;

    public string PhoneExample => pack.People?.Phone?.Example ?? "+12025550123";

    [TempData]
    public bool Saved { get; set; }

    /// <summary>Set when the phone field holds the register's number, offered to a person who has saved no settings yet.</summary>
    public bool PhoneFromRegister { get; private set; }

    public async Task OnGetAsync()
    {
        if (acting.Actor?.ResidentId is not { } resident)
        {
            NoResident = true;
            return;
        }

        var preferences = await settings.OfAsync(resident, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, HttpContext.RequestAborted);
        Form = SettingsForm.From(preferences, pack);
        // Only before the first save: afterwards an empty field is the person's choice not to get text messages.
        if (preferences.UpdatedAt == default
            && await residents.PhoneOnRecordAsync(new ResidentId(resident), new DataPurpose($"account:{acting.Actor.AccountId}", PhonePurpose, "data-subject-access"), HttpContext.RequestAborted) is { } phone)
        {
            Form.Phone = phone;
            PhoneFromRegister = true;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (acting.Actor?.ResidentId is not { } resident)
        {
            return Forbid();
        }

        if (Form.QuietFrom is null != Form.QuietUntil is null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{(Form.QuietFrom is null ? nameof(SettingsForm.QuietFrom) : nameof(SettingsForm.QuietUntil))}", texts["notifications.settings.error.quietBoth"]);
        }

        if (Form.MessengerAddress is not null && channels.Messenger(Form.MessengerApp) is null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(SettingsForm.MessengerApp)}", texts["notifications.settings.error.messengerApp"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await settings.SaveAsync(resident, Form.ToPreferences(pack), HttpContext.RequestAborted);
        Saved = true;
        return RedirectToPage();
    }
}

/// <summary>The form as posted: channels as typed, topics as the ones to receive (unchecked ones are muted).</summary>
internal sealed class SettingsForm
{
    public string? Language { get; set; }

    [Display(Name = "notifications.settings.email", Description = "notifications.settings.emailHint")]
    [EmailAddress(ErrorMessage = "validation.email")]
    [StringLength(320, ErrorMessage = "validation.maxLength")]
    public string? Email { get; set; }

    [Display(Name = "notifications.settings.phone")]
    [RegularExpression(@"^\+[1-9][0-9]{7,14}$", ErrorMessage = "notifications.settings.error.phone")]
    public string? Phone { get; set; }

    public string? MessengerApp { get; set; }

    [Display(Name = "notifications.settings.messengerAddress", Description = "notifications.settings.messengerAddressHint")]
    [StringLength(200, ErrorMessage = "validation.maxLength")]
    public string? MessengerAddress { get; set; }

    [Display(Name = "notifications.settings.quietFrom")]
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "notifications.settings.error.time")]
    public string? QuietFrom { get; set; }

    [Display(Name = "notifications.settings.quietUntil")]
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "notifications.settings.error.time")]
    public string? QuietUntil { get; set; }

    /// <summary>The topics the person receives outside the inbox.</summary>
    public List<string> Topics { get; set; } = [];

    public static SettingsForm From(Preferences preferences, CountryPack pack) => new()
    {
        Language = preferences.Language,
        Email = preferences.Email,
        Phone = preferences.Phone,
        MessengerApp = preferences.MessengerApp,
        MessengerAddress = preferences.MessengerAddress,
        QuietFrom = preferences.QuietFrom?.ToString("HH:mm", CultureInfo.InvariantCulture),
        QuietUntil = preferences.QuietUntil?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Topics = [.. pack.Notifications.Topics.Select(t => t.Code).Except(preferences.MutedTopics)],
    };

    public Preferences ToPreferences(CountryPack pack) => new()
    {
        Language = Language ?? pack.DefaultLanguage,
        Email = Email?.Trim(),
        Phone = Phone?.Trim(),
        MessengerApp = MessengerApp,
        MessengerAddress = MessengerAddress?.Trim(),
        QuietFrom = QuietFrom is null ? null : TimeOnly.ParseExact(QuietFrom, "HH:mm", CultureInfo.InvariantCulture),
        QuietUntil = QuietUntil is null ? null : TimeOnly.ParseExact(QuietUntil, "HH:mm", CultureInfo.InvariantCulture),
        MutedTopics = [.. pack.Notifications.Topics.Select(t => t.Code).Except(Topics)],
    };
}
