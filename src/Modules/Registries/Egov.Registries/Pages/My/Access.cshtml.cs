using Egov.Identity.Contracts;
using Egov.Platform.Web;
using Egov.Registries.MyData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Egov.Registries.Pages.My;

/// <summary><c>/my/data/access</c>: who looked at the person's data, newest first; <c>?before=</c> pages back.</summary>
[Authorize]
internal sealed class AccessModel(IActingContext acting, DataAccessLog log) : CitizenPageModel(acting)
{
    public CursorPage<DataAccess> Entries { get; private set; } = new([], null);

    /// <summary>True on a page after the first (the newest entries are one link away).</summary>
    public bool IsOlderPage { get; private set; }

    /// <summary>The signed-in account as entries name it, to say "you" instead of an id.</summary>
    public string Me => ActorReference;

    public async Task<IActionResult> OnGetAsync(string? before)
    {
        if (!ResolvePerson())
        {
            return Page();
        }

        if (await log.PageAsync(Person!.Id, before, HttpContext.RequestAborted) is not { } page)
        {
            return BadRequest();
        }

        Entries = page;
        IsOlderPage = !string.IsNullOrEmpty(before);
        return Page();
    }
}
