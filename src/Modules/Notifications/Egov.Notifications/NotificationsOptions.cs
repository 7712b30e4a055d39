namespace Egov.Notifications;

/// <summary>Settings of the Notifications module (section <c>Modules:Notifications</c>; see docs/notifications.md).</summary>
internal sealed class NotificationsOptions
{
    public const string Section = "Modules:Notifications";

    /// <summary>The portal's public address: links in e-mails, SMS and messenger messages are made absolute with it.</summary>
    public Uri PublicUrl { get; set; } = new("http://127.0.0.1:5000/");

    /// <summary>The SMTP server e-mail goes through; without a host, e-mail is not offered.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Messenger apps that receive notices through the signed webhook contract, by code (<c>kakao</c>).</summary>
    public Dictionary<string, MessengerOptions> Messengers { get; set; } = [];

    /// <summary>How often the delivery job looks for due deliveries.</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many deliveries one run sends at most, so a run ends well within its claim.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a host copy holds a delivery it claimed; another copy may send it once this lapses.</summary>
    public TimeSpan Claim { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry's wait, doubled per attempt up to <see cref="RetryCap"/>.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryCap { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The same de-duplication key for the same person within this window is one notice.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Information notices a person receives outside the inbox per <see cref="RateWindow"/>; the rest stay in the inbox.</summary>
    public int InformationLimit { get; set; } = 5;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How far a signed receipt's timestamp may be from now before it is refused as a replay.</summary>
    public TimeSpan ReceiptTolerance { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The SMTP server (<c>Modules:Notifications:Smtp</c>).</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>None</c>, <c>StartTls</c>, <c>SslOnConnect</c> or <c>Auto</c> (MailKit's names).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The From address (<c>noreply@example.go.kr</c>).</summary>
    public string Sender { get; set; } = "";

    public string SenderName { get; set; } = "";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>A messenger app receiving notices as signed webhooks (<c>Modules:Notifications:Messengers:&lt;code&gt;</c>).</summary>
internal sealed class MessengerOptions
{
    /// <summary>The app's name as people know it (shown on the preferences page).</summary>
    public string Name { get; set; } = "";

    public Uri? Url { get; set; }

    /// <summary>The shared HMAC secret, both for notices sent and for receipts it sends back.</summary>
    public string Secret { get; set; } = "";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
