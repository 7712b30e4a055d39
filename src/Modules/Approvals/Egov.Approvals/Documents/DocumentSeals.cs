using System.Globalization;
using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Egov.Approvals.Sealing;
using Egov.Org.Contracts;
using Egov.Platform.Localization;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Egov.Approvals.Documents;

/// <summary>
/// The sealed PDF of an approved document (PAdES, the agency's seal key), made once and kept with the document.
/// It is made right after the final approval is saved, not inside its transaction: rendering and signing would hold
/// the number counter's lock for every other approval meanwhile. If that first attempt failed, the first download
/// makes it; two at once keep the first one saved.
/// </summary>
internal sealed class DocumentSeals(
    ApprovalsDbContext db, OfficialDocumentSealer sealer, IOrgDirectory org, CountryPack pack, IStringLocalizerFactory texts, TimeProvider time)
{
    public async Task<byte[]?> FindAsync(Guid documentId, CancellationToken cancellationToken) =>
        await db.SealedCopies.AsNoTracking().Where(c => c.DocumentId == documentId).Select(c => c.Pdf).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The sealed PDF of the approved document, made now when there is none yet.</summary>
    public async Task<byte[]> EnsureAsync(ApprovalDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Status != DocumentStatus.Approved)
        {
            throw new InvalidOperationException("Only an approved document is sealed.");
        }

        if (await FindAsync(document.Id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var pdf = await sealer.SealAsync(await OfficialAsync(document, cancellationToken), cancellationToken);
        db.SealedCopies.Add(SealedCopy.Create(document.Id, pdf, time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return pdf;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await FindAsync(document.Id, cancellationToken) ?? throw new InvalidOperationException("The sealed copy could not be saved.");
        }
    }

    /// <summary>The document as the official format prints it, in the pack's default language.</summary>
    private async Task<OfficialDocument> OfficialAsync(ApprovalDocument document, CancellationToken cancellationToken)
    {
        var language = pack.DefaultLanguage;
        var culture = CultureInfo.GetCultureInfo(language);
        var agency = pack.Agencies.FirstOrDefault(a => a.Code == document.AgencyCode);
        var agencyName = agency?.Names.GetValueOrDefault(language) ?? document.AgencyCode;
        var body = document.Latest.Body;
        string internalRecipient;
        using (new CultureScope(language))
        {
            internalRecipient = texts.Create(typeof(DocumentSeals))["approvals.format.internal"].Value;
        }

        var recipients = document.RecipientAgencies
            .Select(code => pack.Agencies.FirstOrDefault(a => a.Code == code)?.Names.GetValueOrDefault(language) ?? code)
            .Concat(document.Recipients.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        var signatures = new List<ApprovalSignature>
        {
            new(await PostAsync(document.DrafterNumber, culture, cancellationToken), document.DrafterName, ApprovalMark.Draft, Day(SubmittedAt(document))),
        };
        foreach (var step in document.CurrentLine.Where(s => s.State == StepState.Approved).OrderBy(s => s.Order))
        {
            var mark = step.Kind switch
            {
                StepKind.Review => ApprovalMark.Review,
                StepKind.CoApproval => ApprovalMark.Cooperation,
                _ when step.IsProxy => ApprovalMark.Proxy,
                _ when step.IsDelegated => ApprovalMark.Delegated,
                _ => ApprovalMark.Final,
            };
            signatures.Add(new ApprovalSignature(
                await PostAsync(step.ActedByNumber!, culture, cancellationToken), step.ActedByName!, mark, Day(step.ActedAt!.Value)));
        }

        return new OfficialDocument(
            document.AgencyCode, agencyName, document.Number!, document.EnforcedOn!.Value,
            pack.Approvals.FindRetention(document.Retention)?.NameIn(culture) ?? document.Retention,
            recipients.Length == 0 ? [internalRecipient] : recipients,
            document.Via.Length == 0 ? null : document.Via,
            [.. document.CurrentLine.Where(s => s.Kind == StepKind.Copy).Select(s => s.AssigneeName)],
            body.Title,
            body.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            body.Attachments,
            pack.Approvals.SenderOf(agencyName, language),
            signatures,
            null);
    }

    /// <summary>The official's post in the culture's language (its code when the pack has no name for it); empty for an unknown official.</summary>
    public async Task<string> PostAsync(string employeeNumber, CultureInfo culture, CancellationToken cancellationToken) =>
        await org.FindOfficialAsync(employeeNumber, cancellationToken) is { } card
            ? pack.Org.FindPost(card.PostCode)?.NameIn(culture) ?? card.PostCode
            : "";

    private static DateTime SubmittedAt(ApprovalDocument document) =>
        document.Entries.Where(e => e.Action is DocumentAction.Submitted or DocumentAction.Resubmitted).Select(e => e.At).DefaultIfEmpty(document.CreatedAt).Max();

    private DateOnly Day(DateTime utc) => pack.DateAt(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
