using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>The pack's notification topics (<c>notifications.yaml</c>), which people opt in or out of.</summary>
public sealed class NotificationTopicsTests
{
    private const string File = "notifications.yaml";

    [Fact]
    public void KrPack_ListsItsTopics_WithANameInEachLanguage()
    {
        var topics = CountryPackLoader.Load(PackPaths.Kr).Pack!.Notifications;

        Assert.Equal(["benefits", "documents", "inspections", "disaster-alerts"], topics.Topics.Select(t => t.Code));
        Assert.Equal(("재난·안전 알림", "Disaster and safety alerts", "災害・安全のお知らせ"),
            (topics.Find("disaster-alerts")!.Names["ko"], topics.Find("disaster-alerts")!.Names["en"], topics.Find("disaster-alerts")!.Names["ja"]));
    }

    [Fact]
    public void PackWithoutTheFile_HasNoTopics()
    {
        using var pack = new TempPack();
        System.IO.File.Delete(pack.Path(File));

        Assert.Empty(CountryPackLoader.Load(pack.Directory).Pack!.Notifications.Topics);
    }

    [Theory]
    [InlineData("code: disaster-alerts", "code: Disaster Alerts", "topics[3].code", "must be lower-case dotted words (e.g. disaster-alerts)")]
    [InlineData("code: inspections", "code: benefits", "topics[2].code", "duplicate topic code (first on line 5)")]
    [InlineData("ja: 福祉・給付 }", "jp: 福祉・給付 }", "topics[0].names.jp", "language 'jp' is not in languages")]
    public void BrokenTopic_IsReportedAtItsLineAndField(string text, string broken, string field, string message)
    {
        using var pack = new TempPack().Replace(File, text, broken);

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, field, message));
    }
}
