using Microsoft.Extensions.Logging;

namespace Egov.Platform.Notifications;

/// <summary>
/// Development sender for demo deployments: writes each message to the log instead of a phone, so a demo
/// user reads the one-time code in the host's console. Never chosen for a production pack (codes would leak
/// into logs).
/// </summary>
internal sealed partial class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Log(logger, message.To, message.Text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS (demo, not sent) to {To}: {Text}")]
    private static partial void Log(ILogger logger, string to, string text);
}
