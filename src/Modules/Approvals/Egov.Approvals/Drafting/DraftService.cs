using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Live;
using Egov.Org.Contracts;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Drafting;

/// <summary>A new draft, or the fields that were wrong (field name → text key), nothing written.</summary>
internal sealed record DraftResult(ApprovalDocument? Document, IReadOnlyDictionary<string, string> Errors)
{
    public static DraftResult Invalid(string field, string error) => new(null, new Dictionary<string, string> { [field] = error });
}

/// <summary>
/// Another system that drafts in an official's name, under its own key for the document: an agency system through the
/// linked-approval API (<c>client:&lt;id&gt;</c> in the audit chain), or another module in-process (<c>system:&lt;name&gt;</c>).
/// </summary>
internal sealed record DraftSource(string Client, string Key, string Actor)
{
    public static DraftSource Partner(string clientId, string key) => new(clientId, key, $"client:{clientId}");

    /// <summary>A module's documents are kept under <c>system:&lt;name&gt;</c>, a client id no partner registration makes.</summary>
    public static DraftSource Module(string name, string key) => new($"system:{name}", key, $"system:{name}");
}

/// <summary>
/// Writes a draft in the official format with the line the platform proposes, and submits it when asked. Every
/// field is checked against the pack (type, classification, retention, recipient agencies other than the drafter's
/// own) before anything is written.
/// </summary>
internal sealed class DraftService(DocumentStore store, LineProposer proposer, IOrgDirectory org, CountryPack pack, IAuditLog audit, TimeProvider time, InboxSignals signals)
{
    public const int MaxAttachments = 20;

    public const int MaxRecipientAgencies = 50;

    /// <summary>
    /// The document drafted earlier under the source's key, or a new one: a key never makes two documents, even when
    /// two requests with it race (the unique index on the source keeps one, and the loser answers with it).
    /// </summary>
    public async Task<(DraftResult Result, bool Created)> CreateOnceAsync(
        string drafterNumber, DraftInput input, bool submit, DraftSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (await store.FindBySourceAsync(source.Client, source.Key, cancellationToken) is { } earlier)
        {
            return (new DraftResult(earlier, new Dictionary<string, string>()), false);
        }

        try
        {
            var result = await CreateAsync(drafterNumber, input, submit, source, cancellationToken);
            return (result, result.Document is not null);
        }
        catch (DbUpdateException)
        {
            store.Forget();
            if (await store.FindBySourceAsync(source.Client, source.Key, cancellationToken) is { } raced)
            {
                return (new DraftResult(raced, new Dictionary<string, string>()), false);
            }

            throw;
        }
    }

    public async Task<DraftResult> CreateAsync(string drafterNumber, DraftInput input, bool submit, DraftSource? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await org.FindOfficialAsync(drafterNumber, cancellationToken) is not { Status: OfficialStatus.Serving } drafter)
        {
            return DraftResult.Invalid("drafter", "approvals.draft.error.drafter");
        }

        var errors = new Dictionary<string, string>();
        var type = input.DocumentType is null ? null : pack.Approvals.FindType(input.DocumentType);
        if (type is null)
        {
            errors["documentType"] = "approvals.draft.error.type";
        }
        else if (type.HasAmount != input.Amount.HasValue || input.Amount < 0)
        {
            errors["amount"] = type.HasAmount ? "approvals.draft.error.amount" : "approvals.draft.error.noAmount";
        }

        var classification = pack.Approvals.FindClassification(input.Classification ?? type?.Classification ?? "");
        if (classification is null && type is not null)
        {
            errors["classification"] = "approvals.draft.error.classification";
        }

        var retention = pack.Approvals.FindRetention(input.Retention ?? classification?.Retention ?? "");
        if (retention is null && classification is not null)
        {
            errors["retention"] = "approvals.draft.error.retention";
        }

        var recipientAgencies = input.RecipientAgencies.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (recipientAgencies.Count > MaxRecipientAgencies
            || recipientAgencies.Any(code => code == drafter.AgencyCode || pack.Agencies.All(a => a.Code != code)))
        {
            errors["recipientAgencies"] = "approvals.draft.error.recipientAgencies";
        }

        var body = new DocumentBody(input.Title?.Trim() ?? "", input.Content?.Trim() ?? "",
            [.. input.Attachments.Select(a => a.Trim()).Where(a => a.Length > 0)]);
        CheckBody(body, errors);
        if (errors.Count > 0)
        {
            return new DraftResult(null, errors);
        }

        var proposal = await proposer.ProposeAsync(drafter, type!.Code, input.Amount, input.Choices, cancellationToken);
        if (proposal.ErrorField is not null)
        {
            return DraftResult.Invalid(proposal.ErrorField, proposal.Error!);
        }

        var drafterOfficial = new Official(drafter.EmployeeNumber, drafter.Name);
        var heading = new DocumentHeading(drafter.AgencyCode, drafter.DepartmentId, type.Code, input.Amount, classification!.Code, retention!.Code,
            input.Recipients?.Trim() ?? "", recipientAgencies, input.Via?.Trim() ?? "", input.IsPublic);
        var now = time.GetUtcNow().UtcDateTime;
        var document = ApprovalDocument.Draft(heading, body, drafterOfficial, proposal.Line, proposal.Rule, now, source is null ? null : (source.Client, source.Key));
        if (submit && document.Submit(drafterOfficial, now) is { } refusal)
        {
            return DraftResult.Invalid("line", $"approvals.refusal.{refusal}");
        }

        await store.AddAsync(document, cancellationToken);
        var actor = source?.Actor ?? ApprovalActions.ActorReference(drafterOfficial);
        await audit.AppendAsync(new AuditRecord(actor, submit ? "approvals.document.draft-submit" : "approvals.document.draft",
            ApprovalActions.DocumentReference(document.Id)), cancellationToken);
        await signals.ChangedAsync(document, cancellationToken);
        return new DraftResult(document, new Dictionary<string, string>());
    }

    /// <summary>Title and content present and of a size the format holds; attachment names on one line each.</summary>
    public static void CheckBody(DocumentBody body, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        if (body.Title.Length is 0 or > 500 || body.Title.Contains('\n', StringComparison.Ordinal))
        {
            errors["title"] = "approvals.draft.error.title";
        }

        if (body.Content.Length is 0 or > 100_000)
        {
            errors["content"] = "approvals.draft.error.content";
        }

        if (body.Attachments.Count > MaxAttachments || body.Attachments.Any(a => a.Length > 200 || a.Contains('\n', StringComparison.Ordinal)))
        {
            errors["attachments"] = "approvals.draft.error.attachments";
        }
    }
}
