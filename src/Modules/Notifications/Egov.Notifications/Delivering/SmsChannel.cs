using Egov.Notifications.Domain;
using Egov.Platform.Notifications;

namespace Egov.Notifications.Delivering;

/// <summary>SMS through the platform's sender (the signed webhook to the gateway in production): the title and the link, which fit one message.</summary>
internal sealed class SmsChannel(ISmsSender sms) : IDeliveryChannel
{
    public string Channel => Channels.Sms;

    public async Task SendAsync(Delivery delivery, OutgoingNotice notice, CancellationToken cancellationToken)
    {
        try
        {
            await sms.SendAsync(new SmsMessage(delivery.Address, notice.Link is null ? notice.Title : $"{notice.Title} {notice.Link}"), cancellationToken);
        }
        catch (SmsDeliveryException ex)
        {
            throw new DeliveryFailedException(ex.Message, ex);
        }
    }
}
