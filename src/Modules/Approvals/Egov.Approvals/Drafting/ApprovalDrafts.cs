using System.Text.RegularExpressions;
using Egov.Approvals.Contracts;
using Microsoft.Extensions.Localization;

namespace Egov.Approvals.Drafting;

/// <summary>
/// <see cref="IApprovalDrafts"/> over <see cref="DraftService"/>: another module's document is drafted exactly as the
/// drafting page and the linked-approval API draft one (same checks, same proposed line, same audit), kept a draft
/// for its official to submit, and found again by its source key.
/// </summary>
internal sealed partial class ApprovalDrafts(DraftService drafts, IStringLocalizerFactory texts) : IApprovalDrafts
{
    public async Task<ApprovalDraftResult> DraftAsync(ApprovalDraftRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SystemName().IsMatch(request.SourceSystem ?? "") || string.IsNullOrWhiteSpace(request.SourceKey) || request.SourceKey.Length > 200)
        {
            return new ApprovalDraftResult(null, false, new Dictionary<string, string>
            {
                ["source"] = "A source system (lower-case letters, digits and hyphens) and a key of at most 200 characters are required.",
            });
        }

        var input = new DraftInput(request.DocumentType, null, request.Classification, request.Retention, request.Title, request.Content,
            request.Attachments, null, null, IsPublic: false, LineChoices.None);
        var (result, created) = await drafts.CreateOnceAsync(request.Drafter, input, submit: false,
            DraftSource.Module(request.SourceSystem!, request.SourceKey), cancellationToken);
        return result.Document is { } document
            ? new ApprovalDraftResult(document.Id, created, new Dictionary<string, string>())
            : new ApprovalDraftResult(null, false, DraftErrors.InEnglish(texts.Create(typeof(DraftService)), result.Errors));
    }

    [GeneratedRegex("^[a-z0-9-]{1,50}$")]
    private static partial Regex SystemName();
}
