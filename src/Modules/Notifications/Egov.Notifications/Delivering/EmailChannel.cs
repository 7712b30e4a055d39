using System.Net.Sockets;
using Egov.Notifications.Domain;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Egov.Notifications.Delivering;

/// <summary>
/// E-mail through the configured SMTP server (MailKit). The server's acceptance of the message is the delivery
/// receipt e-mail can give; what happens after (the person's mailbox) is beyond the platform's sight.
/// </summary>
internal sealed class EmailChannel(IOptions<NotificationsOptions> options) : IDeliveryChannel
{
    private readonly SmtpOptions smtp = options.Value.Smtp;

    public string Channel => Channels.Email;

    public async Task SendAsync(Delivery delivery, OutgoingNotice notice, CancellationToken cancellationToken)
    {
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.SenderName, smtp.Sender));
        // The settings page checked the address's form; MimeKit's parser is stricter, and a refusal is this delivery's failure, not the run's.
        message.To.Add(MailboxAddress.TryParse(delivery.Address, out var to) ? to : throw new DeliveryFailedException("The e-mail address is not one MimeKit accepts."));
        message.Subject = notice.Title;
        // The delivery id lets the operator match a bounce or a complaint to the queue row.
        message.MessageId = $"{delivery.Id:N}@{MailboxAddress.Parse(smtp.Sender).Domain}";
        message.Headers.Add("X-Egov-Topic", notice.Topic);
        if (notice.IsLegal)
        {
            message.Priority = MessagePriority.Urgent;
        }

        message.Body = new TextPart("plain") { Text = notice.Link is null ? notice.Body : $"{notice.Body}\n\n{notice.Link}" };

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpCommandException or SmtpProtocolException
                                       or AuthenticationException or SslHandshakeException or ServiceNotConnectedException
                                       or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new DeliveryFailedException($"SMTP {smtp.Host}:{smtp.Port}: {ex.Message}", ex);
        }
    }
}
