namespace Egov.Approvals.Domain;

/// <summary>
/// An official document on its way through its approval line (the aggregate of e-approval). It keeps every revision
/// of its body, every step of every round and every opinion; nothing is ever removed. Who an official is and who
/// stands in for whom is decided before a call (by the Org directory): the document checks only its own rules.
/// </summary>
internal sealed class ApprovalDocument
{
    private readonly List<DocumentRevision> revisions = [];
    private readonly List<ApprovalStep> steps = [];
    private readonly List<DocumentEntry> entries = [];

    private ApprovalDocument()
    {
    }

    public Guid Id { get; private set; }

    public string AgencyCode { get; private set; } = "";

    public Guid DepartmentId { get; private set; }

    public string DrafterNumber { get; private set; } = "";

    public string DrafterName { get; private set; } = "";

    public string DocumentType { get; private set; } = "";

    public decimal? Amount { get; private set; }

    public string Classification { get; private set; } = "";

    public string Retention { get; private set; } = "";

    /// <summary>The latest revision's title, kept here for the inbox's lists.</summary>
    public string Title { get; private set; } = "";

    /// <summary>Recipients outside the platform (수신), as written; printed, not dispatched.</summary>
    public string Recipients { get; private set; } = "";

    /// <summary>The pack's agencies the document is dispatched to on final approval (수신 기관), each once.</summary>
    public string[] RecipientAgencies { get; private set; } = [];

    public string Via { get; private set; } = "";

    public bool IsPublic { get; private set; }

    /// <summary>The delegation table's row that set the final approver, in plain words, for the card.</summary>
    public string AuthorityRule { get; private set; } = "";

    public DocumentStatus Status { get; private set; }

    /// <summary>The line's round: 1 at the first submission, one more at each resubmission.</summary>
    public int Round { get; private set; }

    public string? Number { get; private set; }

    public long? Serial { get; private set; }

    public DateOnly? EnforcedOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    /// <summary>The system that submitted it through the linked-approval API (its client id), or null.</summary>
    public string? SourceClient { get; private set; }

    /// <summary>That system's idempotency key, so a retried submission is one document.</summary>
    public string? SourceKey { get; private set; }

    /// <summary>Bumped by every change: two officials acting at once cannot both win on a stale copy.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<DocumentRevision> Revisions => revisions;

    public IReadOnlyList<ApprovalStep> Steps => steps;

    public IReadOnlyList<DocumentEntry> Entries => entries;

    public DocumentRevision Latest => revisions.MaxBy(r => r.Number)!;

    public IEnumerable<ApprovalStep> CurrentLine => steps.Where(s => s.Round == Math.Max(Round, 1)).OrderBy(s => s.Kind == StepKind.Copy).ThenBy(s => s.Order);

    public ApprovalStep? FinalStep => CurrentLine.FirstOrDefault(s => s.Kind == StepKind.Final);

    public Official Drafter => new(DrafterNumber, DrafterName);

    public static ApprovalDocument Draft(
        DocumentHeading heading, DocumentBody body, Official drafter, IReadOnlyList<LineStep> line, string authorityRule, DateTime at,
        (string Client, string Key)? source = null)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(drafter);
        var document = new ApprovalDocument
        {
            Id = Guid.CreateVersion7(at),
            AgencyCode = heading.AgencyCode,
            DepartmentId = heading.DepartmentId,
            DrafterNumber = drafter.Number,
            DrafterName = drafter.Name,
            DocumentType = heading.DocumentType,
            Amount = heading.Amount,
            Classification = heading.Classification,
            Retention = heading.Retention,
            Title = body.Title,
            Recipients = heading.Recipients,
            RecipientAgencies = [.. heading.RecipientAgencies],
            Via = heading.Via,
            IsPublic = heading.IsPublic,
            AuthorityRule = authorityRule,
            Status = DocumentStatus.Draft,
            CreatedAt = at,
            UpdatedAt = at,
            SourceClient = source?.Client,
            SourceKey = source?.Key,
        };
        document.revisions.Add(DocumentRevision.Create(document.Id, 1, body, drafter, at));
        document.steps.AddRange(line.Select(s => ApprovalStep.Create(document.Id, 1, s)));
        document.Record(DocumentAction.Drafted, drafter, null, null, at);
        return document;
    }

    /// <summary>True when the body and line are fit to submit.</summary>
    public static ApprovalRefusal? Check(DocumentBody body, IReadOnlyList<LineStep> line, Official drafter)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(body.Title) || string.IsNullOrWhiteSpace(body.Content))
        {
            return ApprovalRefusal.EmptyBody;
        }

        return ApprovalLine.IsValid(line, drafter) ? null : ApprovalRefusal.InvalidLine;
    }

    /// <summary>The drafter lays out another line before submitting.</summary>
    public ApprovalRefusal? ChangeLine(Official by, IReadOnlyList<LineStep> line, string authorityRule, DateTime at)
    {
        if (DrafterMay(by, DocumentStatus.Draft) is { } refusal)
        {
            return refusal;
        }

        if (!ApprovalLine.IsValid(line, Drafter))
        {
            return ApprovalRefusal.InvalidLine;
        }

        // A draft's line was only a proposal nobody acted on: it is replaced, and the card records that it was.
        steps.Clear();
        steps.AddRange(line.Select(s => ApprovalStep.Create(Id, 1, s)));
        AuthorityRule = authorityRule;
        Record(DocumentAction.LineChanged, by, null, null, at);
        return null;
    }

    /// <summary>The drafter submits (상신): the first place of the line becomes pending.</summary>
    public ApprovalRefusal? Submit(Official by, DateTime at)
    {
        if ((DrafterMay(by, DocumentStatus.Draft) ?? Check(Latest.Body, [.. CurrentLine.Select(s => s.Spec)], Drafter)) is { } refusal)
        {
            return refusal;
        }

        Round = 1;
        Status = DocumentStatus.InProgress;
        OpenNextPlace(at);
        Record(DocumentAction.Submitted, by, null, null, at);
        return null;
    }

    /// <summary>The step's assignee (or their stand-in, <paramref name="proxy"/>) approves or agrees; the last approval finishes the line.</summary>
    public ApprovalRefusal? Approve(Guid stepId, Official by, bool proxy, string? opinion, DateTime at)
    {
        if (Actionable(stepId, by, proxy) is not { } step)
        {
            return Refusal(stepId, by, proxy);
        }

        step.Act(StepState.Approved, by, proxy, Blank(opinion), at);
        var action = step.Kind switch { StepKind.Review => DocumentAction.Reviewed, StepKind.CoApproval => DocumentAction.Agreed, _ => DocumentAction.Approved };
        Record(action, by, proxy ? step.AssigneeNumber : null, Blank(opinion), at);
        if (step.Kind == StepKind.Final)
        {
            Status = DocumentStatus.Approved;
            ApprovedAt = at;
        }
        else if (CurrentLine.Where(s => s.Order == step.Order && s.Kind != StepKind.Copy).All(s => s.State == StepState.Approved))
        {
            OpenNextPlace(at);
        }

        return null;
    }

    /// <summary>
    /// The step returns the document to the drafter with an opinion (반려; a co-approving department's refusal is the
    /// same): every other open or waiting step of the round stops.
    /// </summary>
    public ApprovalRefusal? Return(Guid stepId, Official by, bool proxy, string? opinion, DateTime at)
    {
        if (Actionable(stepId, by, proxy) is not { } step)
        {
            return Refusal(stepId, by, proxy);
        }

        if (Blank(opinion) is not { } reason)
        {
            return ApprovalRefusal.OpinionRequired;
        }

        step.Act(StepState.Returned, by, proxy, reason, at);
        StopOpenSteps();
        Status = DocumentStatus.Returned;
        Record(DocumentAction.Returned, by, proxy ? step.AssigneeNumber : null, reason, at);
        return null;
    }

    /// <summary>The step holds the document (보류): it stays with them, who may still approve or return it.</summary>
    public ApprovalRefusal? Hold(Guid stepId, Official by, bool proxy, string? opinion, DateTime at)
    {
        if (Actionable(stepId, by, proxy) is not { } step || step.State != StepState.Pending)
        {
            return Refusal(stepId, by, proxy) ?? ApprovalRefusal.StepNotOpen;
        }

        step.Act(StepState.Held, by, proxy, Blank(opinion), at);
        Record(DocumentAction.Held, by, proxy ? step.AssigneeNumber : null, Blank(opinion), at);
        return null;
    }

    /// <summary>The drafter takes the document back (회수), only while no step of the line has acted on it.</summary>
    public ApprovalRefusal? Withdraw(Official by, DateTime at)
    {
        if (DrafterMay(by, DocumentStatus.InProgress) is { } refusal)
        {
            return refusal;
        }

        if (CurrentLine.Any(s => s.HasActed))
        {
            return ApprovalRefusal.AlreadyActed;
        }

        StopOpenSteps();
        Status = DocumentStatus.Withdrawn;
        Record(DocumentAction.Withdrawn, by, null, null, at);
        return null;
    }

    /// <summary>
    /// The drafter revises a returned or withdrawn document and submits it again: a new revision, a new round of the
    /// same line from its first place; the earlier revisions, steps and opinions stay on the card.
    /// </summary>
    public ApprovalRefusal? Resubmit(Official by, DocumentBody body, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(body);
        var line = CurrentLine.Select(s => s.Spec).ToList();
        if ((DrafterMay(by, DocumentStatus.Returned, DocumentStatus.Withdrawn) ?? Check(body, line, Drafter)) is { } refusal)
        {
            return refusal;
        }

        revisions.Add(DocumentRevision.Create(Id, Latest.Number + 1, body, by, at));
        Title = body.Title;
        Round++;
        steps.AddRange(line.Select(s => ApprovalStep.Create(Id, Round, s)));
        Status = DocumentStatus.InProgress;
        OpenNextPlace(at);
        Record(DocumentAction.Resubmitted, by, null, null, at);
        return null;
    }

    /// <summary>The number and enforcement date given at final approval, in the same transaction as the approval.</summary>
    public void AssignNumber(string number, long serial, DateOnly enforcedOn)
    {
        if (Status != DocumentStatus.Approved || Number is not null)
        {
            throw new InvalidOperationException("Only a just-approved document takes a number, once.");
        }

        Number = number;
        Serial = serial;
        EnforcedOn = enforcedOn;
    }

    /// <summary>The open step of the current line that <paramref name="official"/> is assigned to or stands in for, if any.</summary>
    public ApprovalStep? OpenStepFor(string official) =>
        Status == DocumentStatus.InProgress ? CurrentLine.FirstOrDefault(s => s.IsOpen && (s.AssigneeNumber == official || s.StandInNumber == official)) : null;

    /// <summary>Null when <paramref name="by"/> is the drafter and the document is in one of <paramref name="statuses"/>.</summary>
    private ApprovalRefusal? DrafterMay(Official by, params DocumentStatus[] statuses)
    {
        ArgumentNullException.ThrowIfNull(by);
        return by.Number != DrafterNumber ? ApprovalRefusal.NotDrafter : statuses.Contains(Status) ? null : ApprovalRefusal.WrongStatus;
    }

    private ApprovalStep? Actionable(Guid stepId, Official by, bool proxy)
    {
        ArgumentNullException.ThrowIfNull(by);
        var step = steps.FirstOrDefault(s => s.Id == stepId);
        return Status == DocumentStatus.InProgress && step is { IsOpen: true } && step.Round == Round
            && (proxy || step.AssigneeNumber == by.Number) ? step : null;
    }

    private ApprovalRefusal? Refusal(Guid stepId, Official by, bool proxy)
    {
        var step = steps.FirstOrDefault(s => s.Id == stepId);
        if (step is null || Status != DocumentStatus.InProgress || !step.IsOpen || step.Round != Round)
        {
            return ApprovalRefusal.StepNotOpen;
        }

        return !proxy && step.AssigneeNumber != by.Number ? ApprovalRefusal.NotAssignee : null;
    }

    private void OpenNextPlace(DateTime at)
    {
        var waiting = CurrentLine.Where(s => s.State == StepState.Waiting).ToList();
        if (waiting.Count == 0)
        {
            return;
        }

        var next = waiting.Min(s => s.Order);
        foreach (var step in waiting.Where(s => s.Order == next))
        {
            step.Open(at);
        }
    }

    private void StopOpenSteps()
    {
        foreach (var step in CurrentLine.Where(s => s.IsOpen || s.State == StepState.Waiting))
        {
            step.Stop();
        }
    }

    private void Record(DocumentAction action, Official actor, string? forNumber, string? opinion, DateTime at)
    {
        entries.Add(DocumentEntry.Create(Id, entries.Count + 1, Round, revisions.Count == 0 ? 1 : Latest.Number, action, actor, forNumber, opinion, at));
        UpdatedAt = at;
        Version++;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
