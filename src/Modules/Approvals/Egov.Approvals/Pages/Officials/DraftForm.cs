using System.ComponentModel.DataAnnotations;
using Egov.Approvals.Drafting;

namespace Egov.Approvals.Pages.Officials;

/// <summary>The draft page's fields, in the order of the official format.</summary>
internal sealed class DraftForm
{
    [Display(Name = "approvals.field.documentType")]
    public string? DocumentType { get; set; }

    [Display(Name = "approvals.field.amount", Description = "approvals.field.amountHint")]
    public decimal? Amount { get; set; }

    [Display(Name = "approvals.field.classification")]
    public string? Classification { get; set; }

    [Display(Name = "approvals.field.retention")]
    public string? Retention { get; set; }

    [Display(Name = "approvals.field.recipients", Description = "approvals.field.recipientsHint")]
    public string? Recipients { get; set; }

    public List<string> RecipientAgencies { get; set; } = [];

    [Display(Name = "approvals.field.via")]
    public string? Via { get; set; }

    [Display(Name = "approvals.field.title")]
    public string? Title { get; set; }

    [Display(Name = "approvals.field.content")]
    public string? Content { get; set; }

    [Display(Name = "approvals.field.attachments", Description = "approvals.field.attachmentsHint")]
    public string? Attachments { get; set; }

    [Display(Name = "approvals.field.isPublic")]
    public bool IsPublic { get; set; }

    public List<Guid> CoApprovalDepartments { get; set; } = [];

    [Display(Name = "approvals.field.sequential")]
    public bool Sequential { get; set; }

    [Display(Name = "approvals.field.copies", Description = "approvals.field.copiesHint")]
    public string? Copies { get; set; }

    [Display(Name = "approvals.field.saveLineAs", Description = "approvals.field.saveLineAsHint")]
    [StringLength(100)]
    public string? SaveLineAs { get; set; }

    public LineChoices Choices => new(CoApprovalDepartments, !Sequential, Split(Copies, ','));

    public DraftInput Input => new(DocumentType, Amount, Blank(Classification), Blank(Retention), Title, Content, Split(Attachments, '\n'),
        Recipients, Via, IsPublic, Choices) { RecipientAgencies = RecipientAgencies };

    public void Apply(LineChoices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        CoApprovalDepartments = [.. choices.CoApprovalDepartments];
        Sequential = !choices.CoApprovalInParallel;
        Copies = string.Join(", ", choices.Copies);
    }

    private static string[] Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
