using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Exchange;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Egov.Registries.Pages.Admin;

/// <summary>
/// <c>/admin/exchange-grants</c>: which client may use which purpose of the exchange or follow which change feed.
/// For identity or registries administrators at AAL2: a grant lets a client read people's data, as much power as
/// registering the client.
/// </summary>
[Authorize(Roles = Roles, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class ExchangeGrantsModel(
    ExchangeGrants grants, IActingContext acting, IPartnerNames partners, CountryPack pack, IStringLocalizer texts) : PageModel
{
    public const string Roles = "identity-admin,registries-admin";

    [BindProperty]
    public GrantInput Form { get; set; } = new();

    public IReadOnlyList<GrantView> Grants { get; private set; } = [];

    public IReadOnlyList<GrantChoice> Choices => [.. GrantChoice.All(pack.Exchange, CultureInfo.CurrentUICulture)];

    [TempData]
    public string? Done { get; set; }

    private string Actor => $"account:{acting.Actor!.AccountId}";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        if (ModelState.IsValid && await grants.GrantAsync(Form.ClientId!.Trim(), Form.Purpose!, Actor, HttpContext.RequestAborted) is { } refusal)
        {
            var (field, key) = refusal switch
            {
                GrantRefusal.UnknownClient => (nameof(GrantInput.ClientId), "registries.grants.error.client"),
                GrantRefusal.UnknownPurpose => (nameof(GrantInput.Purpose), "registries.grants.required.purpose"),
                _ => (nameof(GrantInput.Purpose), "registries.grants.error.already"),
            };
            ModelState.AddModelError($"{nameof(Form)}.{field}", texts[key]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        Done = texts["registries.grants.granted"];
        return LocalRedirect("~/admin/exchange-grants");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (!await grants.RevokeAsync(id, Actor, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        Done = texts["registries.grants.revoked"];
        return LocalRedirect("~/admin/exchange-grants");
    }

    private async Task LoadAsync()
    {
        var culture = CultureInfo.CurrentUICulture;
        var choices = Choices.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var views = new List<GrantView>();
        foreach (var grant in await grants.InForceAsync(HttpContext.RequestAborted))
        {
            var choice = choices.GetValueOrDefault(grant.Purpose) ?? new GrantChoice(grant.Purpose, grant.Purpose, GrantChoice.ByLaw);
            views.Add(new GrantView(
                grant.Id, grant.ClientId, await partners.NameAsync(grant.ClientId, culture, HttpContext.RequestAborted) ?? grant.ClientId,
                choice.Name, choice.BasisKey, grant.GrantedAt));
        }

        Grants = views;
    }
}

/// <summary>One grant in force as the page lists it.</summary>
internal sealed record GrantView(Guid Id, string ClientId, string ClientName, string PurposeName, string BasisKey, DateTime GrantedAt);

/// <summary>A purpose or feed of the pack that can be granted, named in the reader's language, with the text key of its basis.</summary>
internal sealed record GrantChoice(string Code, string Name, string BasisKey)
{
    public const string ByLaw = "registries.grants.byLaw";

    /// <summary>The purposes, then the feeds, in the pack's order.</summary>
    public static IEnumerable<GrantChoice> All(ExchangeSettings exchange, CultureInfo culture) =>
        exchange.Purposes.Select(p => new GrantChoice(p.Code, p.NameIn(culture), p.NeedsConsent ? "registries.grants.withConsent" : ByLaw))
            .Concat(exchange.Feeds.Select(f => new GrantChoice(f.Code, f.NameIn(culture), "registries.grants.feed")));
}

/// <summary>The grant form.</summary>
internal sealed class GrantInput
{
    [Display(Name = "registries.grants.clientId", Description = "registries.grants.clientIdHint")]
    [Required(ErrorMessage = "registries.grants.required.clientId")]
    [StringLength(64, ErrorMessage = "validation.maxLength")]
    public string? ClientId { get; set; }

    [Required(ErrorMessage = "registries.grants.required.purpose")]
    public string? Purpose { get; set; }
}
