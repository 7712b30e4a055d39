using System.Text.Json;
using Egov.Notifications.Data;
using Egov.Notifications.Domain;
using Egov.Notifications.Sending;
using Egov.Platform.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Egov.Notifications.Receipts;

/// <summary>
/// <c>POST /api/v1/notifications/receipts/{app}</c>: a messenger app reports that a delivery reached the person's device or was
/// read. The request is signed like every platform webhook with the app's own secret, so an app can only report on the
/// deliveries it was given, and nobody else can report at all.
/// </summary>
internal static class ReceiptsApi
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v1/notifications/receipts/{app}", ReceiveAsync)
            .WithTags("Notifications").WithName("NotificationReceipt")
            .WithSummary("A messenger app's signed delivery or read receipt")
            .Accepts<MessengerReceipt>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .DisableAntiforgery();

    private static async Task<Results<NoContent, ProblemHttpResult>> ReceiveAsync(
        string app, HttpRequest request, ChannelDirectory channels, NotificationsDbContext db,
        IOptions<NotificationsOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await new StreamReader(request.Body).ReadToEndAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (channels.Messenger(app) is not { } messenger
            || !SignedWebhook.IsValid(messenger.Secret, request.Headers[SignedWebhook.TimestampHeader], body,
                request.Headers[SignedWebhook.SignatureHeader], now, options.Value.ReceiptTolerance))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The receipt is not signed by a configured messenger app.");
        }

        if (Parse(body) is not { } receipt)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The receipt needs a delivery id and a status of delivered or read.");
        }

        var at = now.UtcDateTime;
        var rows = db.Deliveries.Where(d => d.Id == receipt.Delivery && d.Channel == Channels.Messenger && d.App == app);
        // A read implies delivery; receipts may arrive out of order, so neither moves the status backwards.
        var updated = receipt.Status == "read"
            ? await rows.ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Read).SetProperty(d => d.ReadAt, at)
                .SetProperty(d => d.DeliveredAt, d => d.DeliveredAt ?? at), cancellationToken)
            : await rows.ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, d => d.Status == DeliveryStatus.Read ? DeliveryStatus.Read : DeliveryStatus.Delivered)
                .SetProperty(d => d.DeliveredAt, d => d.DeliveredAt ?? at), cancellationToken);
        return updated == 1
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No delivery of this app has that id.");
    }

    private static MessengerReceipt? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<MessengerReceipt>(body, JsonSerializerOptions.Web) is { Delivery: var id, Status: "delivered" or "read" } receipt && id != Guid.Empty
                ? receipt
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A messenger's receipt: which delivery, and <c>delivered</c> or <c>read</c>.</summary>
internal sealed record MessengerReceipt(Guid Delivery, string Status);
