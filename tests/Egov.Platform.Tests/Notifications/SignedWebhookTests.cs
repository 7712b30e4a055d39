using System.Globalization;
using Egov.Platform.Notifications;

namespace Egov.Platform.Tests.Notifications;

/// <summary>The check a platform endpoint makes on a signed request it receives (a messenger's receipt).</summary>
public sealed class SignedWebhookTests
{
    private const string Secret = "a-shared-secret-of-at-least-32-characters";
    private const string Body = """{"delivery":"0193","status":"read"}""";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Signature(string secret, DateTimeOffset at, string body) => "sha256=" + SignedWebhook.Sign(secret, Timestamp(at), body);

    [Fact]
    public void SignatureOfTheSender_WithinTheTolerance_IsValid()
    {
        Assert.True(SignedWebhook.IsValid(Secret, Timestamp(Now.AddMinutes(-4)), Body, Signature(Secret, Now.AddMinutes(-4), Body), Now, Tolerance));
    }

    [Fact]
    public void AnotherSecret_AChangedBody_AnOldTimestamp_OrNoSignature_IsRefused()
    {
        Assert.False(SignedWebhook.IsValid(Secret, Timestamp(Now), Body, Signature("another-secret-of-at-least-32-characters", Now, Body), Now, Tolerance));
        Assert.False(SignedWebhook.IsValid(Secret, Timestamp(Now), Body.Replace("read", "delivered", StringComparison.Ordinal), Signature(Secret, Now, Body), Now, Tolerance));
        Assert.False(SignedWebhook.IsValid(Secret, Timestamp(Now.AddMinutes(-6)), Body, Signature(Secret, Now.AddMinutes(-6), Body), Now, Tolerance));
        Assert.False(SignedWebhook.IsValid(Secret, Timestamp(Now), Body, null, Now, Tolerance));
        Assert.False(SignedWebhook.IsValid(Secret, "-1e9", Body, Signature(Secret, Now, Body), Now, Tolerance));
        Assert.False(SignedWebhook.IsValid(Secret, "99999999999999999999", Body, Signature(Secret, Now, Body), Now, Tolerance));
    }
}
