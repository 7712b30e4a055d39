using Egov.Notifications.Contracts;
using Egov.Notifications.Domain;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Notifications.Tests;

/// <summary>The rules preferences are judged by, without a host: quiet hours on the pack's clock, the rate limit, legal notices, backoff.</summary>
public sealed class PolicyTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0), Seoul);

    private static DateTime UtcAt(FakeTimeProvider time) => time.GetUtcNow().UtcDateTime;

    [Fact]
    public void QuietHoursAcrossMidnight_EndNextMorning_WhenItIsEvening_AndThisMorning_WhenItIsNight()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 23, 30, 0, Kst));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 0, 0, Kst).UtcDateTime, Night.EndAfter(UtcAt(time)));

        time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 0, 0, Kst).UtcDateTime, Night.EndAfter(UtcAt(time)));

        time.Advance(TimeSpan.FromHours(5));
        Assert.Null(Night.EndAfter(UtcAt(time)));
    }

    [Fact]
    public void QuietHours_AreReadOnThePacksClock_NotUtc()
    {
        // 14:00 UTC is 23:00 in Seoul: quiet there, whatever the server's clock says.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 14, 0, 0, TimeSpan.Zero));
        Assert.NotNull(Night.EndAfter(UtcAt(time)));
        Assert.Null(new QuietHours(new TimeOnly(9, 0), new TimeOnly(12, 0), Seoul).EndAfter(UtcAt(time)));
    }

    [Fact]
    public void LegalNotice_IsNeitherMutedNorRateLimitedNorDeferred()
    {
        var night = new DateTimeOffset(2026, 3, 1, 23, 30, 0, Kst).UtcDateTime;

        Assert.Equal(NoticeOutcome.Queued, NoticePolicy.Decide(NoticePriority.Legal, topicMuted: true, informationSentInWindow: 99, informationLimit: 5));
        Assert.Null(NoticePolicy.DeferUntil(NoticePriority.Legal, Night, night));
        Assert.NotNull(NoticePolicy.DeferUntil(NoticePriority.Important, Night, night));
    }

    [Theory]
    [InlineData(NoticePriority.Information, false, 4, NoticeOutcome.Queued)]
    [InlineData(NoticePriority.Information, false, 5, NoticeOutcome.InboxOnlyRateLimited)]
    [InlineData(NoticePriority.Important, false, 5, NoticeOutcome.Queued)]
    [InlineData(NoticePriority.Important, true, 0, NoticeOutcome.InboxOnlyMuted)]
    [InlineData(NoticePriority.Information, true, 5, NoticeOutcome.InboxOnlyMuted)]
    public void OnlyInformation_IsRateLimited_AndMutingHoldsBackAllButLegal(NoticePriority priority, bool muted, int sent, NoticeOutcome expected)
    {
        Assert.Equal(expected, NoticePolicy.Decide(priority, muted, sent, informationLimit: 5));
    }

    [Fact]
    public void Retries_BackOffDoubling_UpToTheCap_ThenStop()
    {
        var now = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var waits = Enumerable.Range(1, 5)
            .Select(attempts => NoticePolicy.RetryAt(attempts, 6, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), now) - now)
            .ToList();

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(10)], waits);
        Assert.Null(NoticePolicy.RetryAt(6, 6, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), now));
    }
}
