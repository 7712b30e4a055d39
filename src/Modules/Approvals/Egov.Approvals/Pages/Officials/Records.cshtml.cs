using Egov.Approvals.Receiving;
using Egov.Approvals.Records;
using Egov.Identity.Contracts;
using Egov.Org.Contracts;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Approvals.Pages.Officials;

/// <summary>
/// <c>/officials/approvals/records</c>: the records the agency produced (approved documents) and received
/// (registered), by retention class, each with the year it may be reviewed for disposal. The records officer sees
/// the whole agency, any other official their own department.
/// </summary>
[Authorize(Roles = OfficialRoles.Official, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class RecordsModel(RecordsQueries records, IOrgDirectory org, CountryPack pack, CultureFormat format) : PageModel
{
    public Receiver? Me { get; private set; }

    public RecordsTab Tab { get; private set; }

    /// <summary>The retention class shown, or null for all.</summary>
    public string? Retention { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<RecordRow> Rows { get; private set; } = [];

    public IReadOnlyList<RetentionPeriod> Periods => pack.Approvals.Retention;

    private readonly Dictionary<Guid, string> departments = [];

    public string Department(Guid id) => departments.GetValueOrDefault(id, "");

    public string Date(DateTime utc) => format.Date(pack.DateAt(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))));

    /// <summary>
    /// The last year a record must be kept: its period counts from the first of January after the year it was made
    /// (the usual rule for public records); null when kept for ever.
    /// </summary>
    public int? KeptUntil(RecordRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var years = pack.Approvals.FindRetention(row.Retention)?.Years ?? 0;
        return years == 0 ? null : pack.DateAt(new DateTimeOffset(DateTime.SpecifyKind(row.At, DateTimeKind.Utc))).Year + years;
    }

    public async Task OnGetAsync(RecordsTab tab = RecordsTab.Produced, string? retention = null, int page = 1)
    {
        Me = await Receiver.OfAsync(User, org, HttpContext.RequestAborted);
        if (Me is null)
        {
            return;
        }

        Tab = Enum.IsDefined(tab) ? tab : RecordsTab.Produced;
        Retention = pack.Approvals.FindRetention(retention ?? "")?.Code;
        PageNumber = Math.Max(1, page);
        Counts = await records.CountsByRetentionAsync(Me, HttpContext.RequestAborted);
        Rows = await records.ListAsync(Me, Tab, Retention, PageNumber, HttpContext.RequestAborted);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        foreach (var department in await org.DepartmentsAsync(Me.Card.AgencyCode, HttpContext.RequestAborted))
        {
            departments[department.Id] = department.NameIn(language);
        }
    }
}
