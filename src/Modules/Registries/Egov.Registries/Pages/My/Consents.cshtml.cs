using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Exchange;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Egov.Registries.Pages.My;

/// <summary>
/// <c>/my/consents</c>: the signed-in resident gives or revokes, per partner and purpose, the consent a purpose of
/// the exchange needs, and sees the partners' recent requests about them, granted and refused. Consent is the
/// person's own: while acting on someone's behalf the page manages nobody's.
/// </summary>
[Authorize]
internal sealed class ConsentsModel(
    ExchangeConsents consents, RegistriesDbContext db, IActingContext acting, IPartnerNames partners, CountryPack pack, IStringLocalizer texts)
    : PageModel
{
    /// <summary>How many of the latest exchange requests the page lists.</summary>
    private const int RecentRequests = 20;

    public IReadOnlyList<ConsentView> Offers { get; private set; } = [];

    public IReadOnlyList<AccessView> Requests { get; private set; } = [];

    /// <summary>False for an official or an account not bound to a resident, or while acting for another person.</summary>
    public bool IsResident => Resident is not null;

    [TempData]
    public string? Done { get; set; }

    private Guid? Resident => acting.IsActingOnBehalf ? null : acting.Actor?.ResidentId;

    private string Actor => $"account:{acting.Actor!.AccountId}";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostGiveAsync(string? clientId, string? purpose) =>
        ChangeAsync(clientId, purpose, consents.GiveAsync, "registries.consents.given");

    public Task<IActionResult> OnPostRevokeAsync(string? clientId, string? purpose) =>
        ChangeAsync(clientId, purpose, consents.RevokeAsync, "registries.consents.revoked");

    private async Task<IActionResult> ChangeAsync(
        string? clientId, string? purpose, Func<Guid, string, string, string, CancellationToken, Task<bool>> change, string doneText)
    {
        if (Resident is not { } resident)
        {
            return Forbid();
        }

        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(purpose)
            || !await change(resident, Actor, clientId, purpose, HttpContext.RequestAborted))
        {
            // A tampered or stale form (a partner no longer granted, a consent already revoked): said, nothing changed.
            ModelState.AddModelError(ChoiceField, texts["registries.consents.error.choice"]);
            await LoadAsync();
            return Page();
        }

        var view = await ViewAsync(clientId, pack.Exchange.Purpose(purpose)!);
        Done = texts[doneText, view.PartnerName, view.PurposeName];
        return LocalRedirect("~/my/consents");
    }

    /// <summary>The model-state key of a choice that cannot be made; the list's heading carries this id.</summary>
    public const string ChoiceField = "Choice";

    private async Task LoadAsync()
    {
        if (Resident is not { } resident)
        {
            return;
        }

        var offers = await consents.OffersAsync(resident, HttpContext.RequestAborted);
        var views = new List<ConsentView>();
        foreach (var offer in offers)
        {
            views.Add((await ViewAsync(offer.ClientId, offer.Purpose)) with { InForce = offer.InForce, LastRevokedAt = offer.LastRevokedAt });
        }

        Offers = views;
        var requests = await db.ExchangeAccesses.AsNoTracking()
            .Where(a => a.ResidentId == resident)
            .OrderByDescending(a => a.At)
            .Take(RecentRequests)
            .ToListAsync(HttpContext.RequestAborted);
        var culture = CultureInfo.CurrentUICulture;
        Requests = [.. requests.Select(a => new AccessView(
            a, pack.Exchange.Purpose(a.Purpose)?.NameIn(culture) ?? pack.Exchange.Feed(a.Purpose)?.NameIn(culture) ?? a.Purpose))];
    }

    private async Task<ConsentView> ViewAsync(string clientId, ExchangePurpose purpose)
    {
        var culture = CultureInfo.CurrentUICulture;
        var name = await partners.NameAsync(clientId, culture, HttpContext.RequestAborted) ?? clientId;
        var receives = purpose.Receives.Select(r => pack.Exchange.Datasets.Single(d => d.Code == r.Dataset).NameIn(culture)
            + " (" + string.Join(", ", r.Fields.Select(f => texts[$"registries.consents.field.{f}"].Value)) + ")");
        return new ConsentView(clientId, name, purpose.Code, purpose.NameIn(culture), purpose.LegalBasis, string.Join("; ", receives), null, null);
    }
}

/// <summary>One partner and purpose as the page shows it.</summary>
internal sealed record ConsentView(
    string ClientId, string PartnerName, string Purpose, string PurposeName, string LegalBasis, string Receives,
    ExchangeConsent? InForce, DateTime? LastRevokedAt);

/// <summary>One exchange request about the person.</summary>
internal sealed record AccessView(ExchangeAccess Access, string PurposeName)
{
    public bool Granted => Access.Outcome == ExchangeOutcome.Read;
}
