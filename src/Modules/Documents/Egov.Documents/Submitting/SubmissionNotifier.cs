using System.Text.Json;
using Egov.Documents.Domain;
using Egov.Documents.Data;
using Egov.Platform.Events;
using Egov.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Egov.Documents.Submitting;

/// <summary>
/// Tells the institution a document arrived: a signed webhook (<see cref="SignedWebhook"/>) naming the submission
/// and where to fetch it, never the document itself. A failure throws, so the outbox tries again later; the
/// institution may get a notice twice and must key on the submission id.
/// </summary>
internal sealed class SubmissionNotifier(DocumentsDbContext db, Recipients recipients, HttpClient http, IOptions<DocumentsOptions> options, TimeProvider time)
    : IIntegrationEventHandler<DocumentSubmitted>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task HandleAsync(DocumentSubmitted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var submission = await db.Submissions.SingleAsync(s => s.Id == integrationEvent.SubmissionId, cancellationToken);
        var recipient = await db.Recipients.AsNoTracking().SingleAsync(r => r.ClientId == submission.ClientId, cancellationToken);
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Sequence == submission.DocumentSequence, cancellationToken);
        var fetch = new Uri(options.Value.PublicUrl, $"api/v1/documents/submissions/{submission.Id}");
        var body = JsonSerializer.Serialize(new
        {
            @event = "document.submitted",
            submissionId = submission.Id,
            documentType = document.TypeCode,
            documentNumber = document.Number,
            purpose = submission.Purpose,
            submittedAt = submission.SubmittedAt.AsUtcOffset(),
            fetch = fetch.AbsoluteUri,
        });
        using var request = SignedWebhook.Create(new Uri(recipient.WebhookUrl), body, recipients.SecretOf(recipient), time.GetUtcNow());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The institution's webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        submission.NotifiedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
