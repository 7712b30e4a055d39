using System.Net;
using AngleSharp.Html.Parser;
using Egov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Egov.Identity.Contracts;

namespace Egov.Identity.Tests.Delegation;

/// <summary>Delegations that end by themselves with time end the acting on the very next request, saying why.</summary>
public sealed class DelegationEndsTests
{
    /// <summary>How many times the registers' family relations were read about the child (their "who looked" page).</summary>
    private static async Task<int> ChildReadsAsync(DelegationHost host, string child)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries
            .CountAsync(e => e.Subject == child && e.Action == "registries.resident.children.read", TestContext.Current.CancellationToken);
    }

    /// <summary>A wall-clock time in Seoul (UTC+9, no daylight saving), as the UTC instant the clock holds.</summary>
    private static DateTimeOffset InSeoul(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(9)).ToUniversalTime();

    [Fact]
    public async Task ChildComingOfAge_EndsTheParentsActingAtOnce()
    {
        // Kim Seoa, born 8 July 2012, is 19 — of age under the pack — from midnight in Seoul (UTC+9) on 8 July 2031.
        await using var host = await DelegationHost.StartAsync(InSeoul(2031, 7, 7, 23, 0));
        var parent = await host.SignedInAsync("kim-minjun");
        using (var started = await parent.ActForAsync(DelegationKind.Guardian, await host.ResidentIdAsync("kim-seoa")))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        host.Time.Advance(TimeSpan.FromMinutes(40));
        Assert.Contains("김서아", await parent.PageTextAsync("/"), StringComparison.Ordinal);

        host.Time.Advance(TimeSpan.FromMinutes(40));
        var page = await parent.PageTextAsync("/");
        Assert.Contains("대리 이용이 끝났습니다.", page, StringComparison.Ordinal);
        Assert.Contains("자녀가 성년이 되었거나", page, StringComparison.Ordinal);
        Assert.DoesNotContain("김서아", page, StringComparison.Ordinal);
        Assert.False((await ActingAnswer.OfAsync(parent, "certificates.issue")).IsActingOnBehalf);
    }

    [Fact]
    public async Task WhileActing_TheRegistersAreReadAgainEveryFiveMinutes_NotOnEveryPage()
    {
        await using var host = await DelegationHost.StartAsync(InSeoul(2027, 3, 2, 12, 0));
        var parent = await host.SignedInAsync("kim-minjun");
        var seoa = $"resident:{await host.ResidentIdAsync("kim-seoa")}";
        (await parent.ActForAsync(DelegationKind.Guardian, await host.ResidentIdAsync("kim-seoa"))).Dispose();
        var atStart = await ChildReadsAsync(host, seoa);

        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("김서아", await parent.PageTextAsync("/"), StringComparison.Ordinal);
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(atStart, await ChildReadsAsync(host, seoa));
        host.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Contains("김서아", await parent.PageTextAsync("/"), StringComparison.Ordinal);
        Assert.Equal(atStart + 1, await ChildReadsAsync(host, seoa));
    }

    [Fact]
    public async Task EndFoundByAFormPost_IsToldOnThePageItRedirectsTo()
    {
        await using var host = await DelegationHost.StartAsync(InSeoul(2031, 7, 7, 23, 0));
        var parent = await host.SignedInAsync("kim-minjun");
        (await parent.ActForAsync(DelegationKind.Guardian, await host.ResidentIdAsync("kim-seoa"))).Dispose();
        // The banner's stop form, loaded before midnight and sent after it: the post finds the end and redirects.
        host.Time.Advance(TimeSpan.FromMinutes(40));
        var document = await new HtmlParser().ParseDocumentAsync(await parent.PageTextAsync("/"));
        var token = document.QuerySelector("form[action*='handler=Stop'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        host.Time.Advance(TimeSpan.FromMinutes(40));
        using var stopped = await parent.Client.PostAsync(
            "/account/act-for?handler=Stop", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        var next = await parent.PageTextAsync(stopped.Headers.Location!.OriginalString);
        Assert.Contains("자녀가 성년이 되었거나", next, StringComparison.Ordinal);
        // Told once: the page after that is quiet.
        Assert.DoesNotContain("대리 이용이 끝났습니다.", await parent.PageTextAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredPowerOfAttorney_EndsTheActingAtOnce_AndIsListedAsExpired()
    {
        await using var host = await DelegationHost.StartAsync(new DateTimeOffset(2027, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var grantor = await host.SignedInAsync("kim-youngsoo");
        var (identifier, name) = host.DemoPerson("kim-minjun");
        using (var granted = await grantor.GrantAsync(identifier, name, new DateOnly(2027, 3, 3), "certificates.issue"))
        {
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        }

        // The last day, half an hour before midnight in Seoul (the pack's time zone): still in force.
        host.Time.SetUtcNow(InSeoul(2027, 3, 3, 23, 30));
        var agent = await host.SignedInAsync("kim-minjun");
        using (var started = await agent.ActForAsync(DelegationKind.PowerOfAttorney, await host.ResidentIdAsync("kim-youngsoo")))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        Assert.True((await ActingAnswer.OfAsync(agent, "certificates.issue")).Allows);

        host.Time.Advance(TimeSpan.FromMinutes(40));
        var page = await agent.PageTextAsync("/");
        Assert.Contains("이용하던 위임장의 기간이 끝났거나", page, StringComparison.Ordinal);
        Assert.False((await ActingAnswer.OfAsync(agent, "certificates.issue")).IsActingOnBehalf);
        Assert.Contains("기간 만료", await agent.PageTextAsync("/account/powers-of-attorney"), StringComparison.Ordinal);
    }
}
