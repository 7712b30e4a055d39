using Egov.Benefits.Applications;
using Egov.Benefits.Notices;
using Egov.Notifications.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Benefits.Cases;

/// <summary>Tells the applicant that an agency decided their case, with the agency's name and reason in each language.</summary>
internal sealed class CaseNotices(PersonNotices notices, CountryPack pack)
{
    public Task<NoticeReceipt> DecidedAsync(Guid applicant, AgencyCase decided, CancellationToken cancellationToken) =>
        // A decision is a legal notice (it opens the time to appeal): it cannot be muted.
        notices.SendAsync(
            new ResidentId(applicant), NoticePriority.Legal,
            (texts, language) => new NoticeText(
                texts[$"benefits.caseNotice.title.{decided.Status}", AgencyName(decided.Agency, language)],
                texts[$"benefits.caseNotice.body.{decided.Status}", AgencyName(decided.Agency, language), decided.Reason ?? ""]),
            $"benefits.case:{decided.Id}:{decided.Status}",
            cancellationToken);

    private string AgencyName(string code, string language) =>
        pack.Agencies.FirstOrDefault(a => a.Code == code)?.Names.GetValueOrDefault(language) ?? code;
}
