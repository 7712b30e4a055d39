using Egov.Collaboration.Data;
using Egov.Collaboration.Domain;
using Egov.Identity.Contracts;
using Egov.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Egov.Collaboration.Pages.Officials;

/// <summary>
/// <c>/officials/mentions</c>: the official's notices of being named in a comment, newest first, each leading to the
/// comment on its subject's page. Opening the list marks them read; the ones new since the last visit are marked.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class MentionsModel(CollaborationDbContext db, CultureFormat format, TimeProvider time) : PageModel
{
    private const int Shown = 50;

    public IReadOnlyList<Mention> Mentions { get; private set; } = [];

    public string When(DateTime utc) => format.DateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public async Task OnGetAsync()
    {
        var me = User.Identity?.Name ?? "";
        Mentions = await db.Mentions.AsNoTracking().Where(m => m.OfficialNumber == me)
            .OrderByDescending(m => m.CreatedAt).Take(Shown).ToListAsync(HttpContext.RequestAborted);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Mentions.Where(m => m.OfficialNumber == me && m.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), HttpContext.RequestAborted);
    }
}
