using System.Net;
using Egov.Platform.Notifications;
using Egov.Testing;
using Microsoft.Extensions.Configuration;

namespace Egov.Platform.Tests.Notifications;

public sealed class WebhookSmsSenderTests
{
    private const string Secret = "gateway-shared-secret-0123456789abcdef";

    [Fact]
    public async Task Send_PostsTheMessage_SignedSoTheGatewayAcceptsIt()
    {
        await using var gateway = await WebhookReceiver.StartAsync(Secret);

        await Sender(gateway.Url, Secret).SendAsync(new SmsMessage("+821012345678", "코드 123456"), TestContext.Current.CancellationToken);

        using var body = System.Text.Json.JsonDocument.Parse(Assert.Single(gateway.Accepted));
        Assert.Equal("+821012345678", body.RootElement.GetProperty("to").GetString());
        Assert.Equal("코드 123456", body.RootElement.GetProperty("text").GetString());
        Assert.Empty(gateway.Rejected);
    }

    [Fact]
    public async Task Send_WithTheWrongSecret_IsRejectedByTheGateway_AndSaysSo()
    {
        await using var gateway = await WebhookReceiver.StartAsync(Secret);

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(() =>
            Sender(gateway.Url, "another-secret-0123456789abcdef-xyz").SendAsync(new SmsMessage("+821012345678", "x"), TestContext.Current.CancellationToken));

        Assert.Single(gateway.Rejected);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ToAGatewayThatFails_ThrowsWithItsStatus()
    {
        await using var gateway = await WebhookReceiver.StartAsync(Secret, HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(() =>
            Sender(gateway.Url, Secret).SendAsync(new SmsMessage("+821012345678", "x"), TestContext.Current.CancellationToken));

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ToAGatewayTooSlowToAnswer_GivesUpAfterTheTimeout()
    {
        await using var gateway = await WebhookReceiver.StartAsync(Secret, delay: TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(() =>
            Sender(gateway.Url, Secret, timeoutSeconds: 1).SendAsync(new SmsMessage("+821012345678", "x"), TestContext.Current.CancellationToken));

        Assert.Contains("within 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionPack_WithoutAGateway_DoesNotStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SmsSettings.From(Configuration([]), isDemo: false));

        Assert.Contains("Platform:Sms:Webhook:Url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionPack_AskingForTheLogSender_DoesNotStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SmsSettings.From(Configuration(new() { ["Platform:Sms:Sender"] = "Log" }), isDemo: false));

        Assert.Contains("demo packs only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoPack_WritesMessagesToTheLog_UnlessAGatewayIsConfigured()
    {
        Assert.Equal(SmsSettings.Log, SmsSettings.From(Configuration([]), isDemo: true).Sender);
        Assert.Equal(SmsSettings.Webhook, SmsSettings.From(Configuration(new()
        {
            ["Platform:Sms:Sender"] = "Webhook", ["Platform:Sms:Webhook:Url"] = "https://sms.example/hook", ["Platform:Sms:Webhook:Secret"] = Secret,
        }), isDemo: true).Sender);
    }

    private static WebhookSmsSender Sender(Uri url, string secret, int timeoutSeconds = 10) =>
#pragma warning disable CA2000 // The sender owns the client for the test's lifetime.
        new(new HttpClient(), new SmsSettings(SmsSettings.Webhook, url, secret, TimeSpan.FromSeconds(timeoutSeconds)), TimeProvider.System);
#pragma warning restore CA2000

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
