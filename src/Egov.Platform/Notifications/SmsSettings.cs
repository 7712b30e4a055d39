using Microsoft.Extensions.Configuration;

namespace Egov.Platform.Notifications;

/// <summary>Which SMS sender the host uses (<c>Platform:Sms</c>).</summary>
internal sealed record SmsSettings(string Sender, Uri? WebhookUrl, string? WebhookSecret, TimeSpan Timeout)
{
    public const string Log = "Log";
    public const string Webhook = "Webhook";

    /// <summary>
    /// Reads the settings; a demo pack defaults to the log, a production pack must name a signed webhook.
    /// Anything incomplete stops the host with a message naming the setting.
    /// </summary>
    public static SmsSettings From(IConfiguration configuration, bool isDemo)
    {
        var section = configuration.GetSection("Platform:Sms");
        var sender = section["Sender"] ?? (isDemo ? Log : Webhook);
        var url = section["Webhook:Url"];
        var secret = section["Webhook:Secret"];
        var timeout = TimeSpan.FromSeconds(section.GetValue("Webhook:TimeoutSeconds", 10));
        if (sender == Log && !isDemo)
        {
            throw new InvalidOperationException("Platform:Sms:Sender=Log writes one-time codes to the log and is for demo packs only: configure Platform:Sms:Webhook:Url and Platform:Sms:Webhook:Secret.");
        }

        if (sender == Webhook)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var webhook) || webhook.Scheme is not ("https" or "http"))
            {
                throw new InvalidOperationException("Platform:Sms:Webhook:Url must be the absolute URL of the SMS gateway's webhook (a production pack sends one-time codes through it).");
            }

            if (string.IsNullOrWhiteSpace(secret) || secret.Length < 32)
            {
                throw new InvalidOperationException("Platform:Sms:Webhook:Secret must hold the gateway's shared signing secret, at least 32 characters.");
            }

            return new SmsSettings(sender, webhook, secret, timeout);
        }

        return sender == Log
            ? new SmsSettings(sender, null, null, timeout)
            : throw new InvalidOperationException($"Platform:Sms:Sender '{sender}' is unknown: use Log (demo packs) or Webhook.");
    }
}
