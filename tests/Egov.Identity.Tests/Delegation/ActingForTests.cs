using System.Net;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Identity.Tests.Delegation;

/// <summary>Acting for a child and for a company, and every way to be refused (on 2 March 2027).</summary>
public sealed class ActingForTests(DelegationHost host) : IClassFixture<DelegationHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Parent_ActsForTheirMinorChild_WithTheBannerOnEveryPage_ThenStops()
    {
        var parent = await host.SignedInAsync("kim-minjun");
        var seoa = await host.ResidentIdAsync("kim-seoa");

        var choices = await parent.PageTextAsync("/account/act-for");
        Assert.Contains("김서아", choices, StringComparison.Ordinal);
        Assert.DoesNotContain("김하윤", choices, StringComparison.Ordinal); // 23: an adult
        Assert.DoesNotContain("김지호", choices, StringComparison.Ordinal); // 19 since 15 March 2026

        using var started = await parent.ActForAsync(DelegationKind.Guardian, seoa);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var home = await parent.PageTextAsync("/");
        Assert.Contains("지금 김서아(자녀)의 대리인으로 이용하고 있습니다", home, StringComparison.Ordinal);
        Assert.Contains("대리 이용 끝내기", home, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"대리 이용 중\"", home, StringComparison.Ordinal);
        Assert.Contains("대리 이용 중", await parent.PageTextAsync("/account/powers-of-attorney"), StringComparison.Ordinal);

        var acting = await ActingAnswer.OfAsync(parent, "tax.file-return");
        Assert.Equal(new ActingAnswer(await host.AccountIdAsync("kim-minjun"), $"resident:{seoa}", "Guardian", true, true), acting);

        using var stopped = await parent.StopActingAsync();
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.DoesNotContain("대리 이용 중", await parent.PageTextAsync("/"), StringComparison.Ordinal);
        var self = await ActingAnswer.OfAsync(parent, "tax.file-return");
        Assert.False(self.IsActingOnBehalf);
        Assert.Equal($"resident:{await host.ResidentIdAsync("kim-minjun")}", self.Subject);
        await AssertAuditedAsync("identity.acting.start", await host.AccountIdAsync("kim-minjun"), $"resident:{seoa}", onBehalf: true);
        await AssertAuditedAsync("identity.acting.stop", await host.AccountIdAsync("kim-minjun"), $"resident:{seoa}", onBehalf: true);
        await AssertPublishedAsync<DelegationUsed>(await host.AccountIdAsync("kim-minjun"), "identity.acting.start");
    }

    [Fact]
    public async Task Parent_CannotActForTheirAdultChild_403()
    {
        var parent = await host.SignedInAsync("kim-minjun");

        using var refused = await parent.ActForAsync(DelegationKind.Guardian, await host.ResidentIdAsync("kim-hayoon"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False((await ActingAnswer.OfAsync(parent, "tax.file-return")).IsActingOnBehalf);
    }

    [Fact]
    public async Task ActingForAStranger_Is403_AndAuditedWithBothPeople()
    {
        var stranger = await host.SignedInAsync("nguyen-thilan");
        var child = await host.ResidentIdAsync("kim-seoa");

        using var refused = await stranger.ActForAsync(DelegationKind.Guardian, child);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await AssertAuditedAsync("identity.acting.denied", await host.AccountIdAsync("nguyen-thilan"), $"resident:{child}", onBehalf: false);
        Assert.DoesNotContain("대리 이용 중", await stranger.PageTextAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DelegationKind.CompanyRepresentative, "kim-seoa")] // a child's id sent as a company
    [InlineData(DelegationKind.PowerOfAttorney, "kim-seoa")]       // no power from the child
    [InlineData((DelegationKind)7, "kim-seoa")]                    // no such kind
    public async Task TamperedForm_Is403(DelegationKind kind, string subjectKey)
    {
        var parent = await host.SignedInAsync("kim-minjun");

        using var refused = await parent.ActForAsync(kind, await host.ResidentIdAsync(subjectKey));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task TamperedSubjectId_Is403_AndAudited()
    {
        var parent = await host.SignedInAsync("kim-minjun");
        var invented = Guid.NewGuid();

        using var refused = await parent.ActForAsync(DelegationKind.Guardian, invented);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await AssertAuditedAsync("identity.acting.denied", await host.AccountIdAsync("kim-minjun"), $"resident:{invented}", onBehalf: false);
    }

    [Fact]
    public async Task CompanyRepresentative_ActsForAnOpenCompanyTheyRepresent_NotAClosedOne()
    {
        var representative = await host.SignedInAsync("jung-woojin");
        var choices = await representative.PageTextAsync("/account/act-for");
        Assert.Contains("주식회사 한빛소프트웨어", choices, StringComparison.Ordinal);
        Assert.Contains("푸른들협동조합", choices, StringComparison.Ordinal);
        var company = CompanyIdIn(choices, "주식회사 한빛소프트웨어");

        using var started = await representative.ActForAsync(DelegationKind.CompanyRepresentative, company);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Contains("지금 주식회사 한빛소프트웨어(대표하는 회사)의 대리인으로 이용하고 있습니다", await representative.PageTextAsync("/"), StringComparison.Ordinal);
        var acting = await ActingAnswer.OfAsync(representative, "certificates.issue");
        Assert.Equal(($"company:{company}", "CompanyRepresentative", true), (acting.Subject, acting.Kind, acting.Allows));

        // Kim Youngsoo represented 동해수산, closed in 2021: nothing to act for.
        var former = await host.SignedInAsync("kim-youngsoo");
        Assert.Contains("지금은 대리할 수 있는 분이 없습니다", await former.PageTextAsync("/account/act-for"), StringComparison.Ordinal);
        using var refused = await former.ActForAsync(DelegationKind.CompanyRepresentative, company);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task NobodySignedIn_IsSentToSignIn_AndTheContextAllowsNothing()
    {
        var anonymous = new PersonAtTheBrowser(host.Factory);

        using var page = await anonymous.GetAsync("/account/act-for");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(new ActingAnswer(null, null, null, false, false), await ActingAnswer.OfAsync(anonymous, "certificates.issue"));
    }

    /// <summary>The company id behind the "act for" button next to a company's name.</summary>
    private static Guid CompanyIdIn(string html, string name)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var item = document.QuerySelectorAll("li.egov-choice").Single(li => li.TextContent.Contains(name, StringComparison.Ordinal));
        return Guid.Parse(item.QuerySelector("input[name=subject]")!.GetAttribute("value")!);
    }

    private async Task AssertAuditedAsync(string action, Guid actor, string subject, bool onBehalf)
    {
        using var scope = host.Factory.Services.CreateScope();
        var entries = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == action && e.Actor == $"account:{actor}").ToListAsync(Ct);
        Assert.Contains(entries, e => e.Subject == subject && e.OnBehalfOf == (onBehalf ? subject : null));
    }

    private async Task AssertPublishedAsync<TEvent>(Guid actor, string text)
    {
        using var scope = host.Factory.Services.CreateScope();
        var messages = await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(TEvent).FullName).ToListAsync(Ct);
        Assert.Contains(messages, m => m.Payload.Contains(actor.ToString(), StringComparison.Ordinal) && m.Payload.Contains(text, StringComparison.Ordinal));
    }
}
