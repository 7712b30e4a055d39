using System.Net;
using Egov.Platform.Audit;
using Egov.Registries.Contracts;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary><c>/my/data/access</c> through HTTP: who read the person's data and who was refused, newest first, a page at a time.</summary>
public sealed class DataAccessPageTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Access_ListsAnotherActorsRead_AndARefusedAttempt_NewestFirst()
    {
        var me = await new TestRegister(host.Factory.Services).AddPersonAsync("서하늘");
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IResidentDirectory>().GetAsync(
                new ResidentId(me), new DataPurpose("client:demo-bank", "identity.proofing", "Resident Registration Act art. 35"), Ct);
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(
                new AuditRecord("agency:1741000", "registries.exchange.denied", $"resident:{me}", Purpose: "benefits.eligibility", LegalBasis: "none given"), Ct);
        }

        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "access-two", me);
        var items = (await person.PageAsync("/my/data/access")).QuerySelectorAll("main ol > li").Select(li => li.TextContent).ToList();

        Assert.Equal(2, items.Count);
        Assert.Contains("정보 제공 요청 거부", items[0], StringComparison.Ordinal);
        Assert.Contains("거부됨", items[0], StringComparison.Ordinal);
        Assert.Contains("기관 1741000", items[0], StringComparison.Ordinal);
        Assert.Contains("인적 사항 열람", items[1], StringComparison.Ordinal);
        Assert.Contains("제휴 서비스 demo-bank", items[1], StringComparison.Ordinal);
        Assert.Contains("목적: 본인 확인", items[1], StringComparison.Ordinal);
        Assert.Contains("근거: Resident Registration Act art. 35", items[1], StringComparison.Ordinal);
        Assert.DoesNotContain("거부됨", items[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Access_PagesFiftyAtATime_WithAnOlderLink()
    {
        var me = await new TestRegister(host.Factory.Services).AddPersonAsync("문바다");
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            for (var i = 1; i <= 53; i++)
            {
                await audit.AppendAsync(new AuditRecord($"official:E-{i:D2}", "registries.resident.read", $"resident:{me}", Purpose: "test"), Ct);
            }
        }

        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "access-paged", me);
        var first = await person.PageAsync("/my/data/access");
        var older = first.QuerySelectorAll("main a").Single(a => a.TextContent.Contains("이전 기록 더 보기", StringComparison.Ordinal)).GetAttribute("href")!;
        var second = await person.PageAsync(older);

        var firstItems = first.QuerySelectorAll("main ol > li").Select(li => li.TextContent).ToList();
        Assert.Equal(50, firstItems.Count);
        Assert.Contains("공무원 E-53", firstItems[0], StringComparison.Ordinal);
        Assert.Contains("공무원 E-04", firstItems[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(me.ToString(), older, StringComparison.OrdinalIgnoreCase);
        var secondItems = second.QuerySelectorAll("main ol > li").Select(li => li.TextContent).ToList();
        Assert.Equal(["E-03", "E-02", "E-01"], secondItems.Select(t => t[(t.IndexOf("E-", StringComparison.Ordinal))..][..4]));
        Assert.DoesNotContain(second.QuerySelectorAll("main a"), a => a.TextContent.Contains("이전 기록 더 보기", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Access_WithACursorItDidNotMake_IsABadRequest()
    {
        var me = await new TestRegister(host.Factory.Services).AddPersonAsync("하모니");
        var person = await CitizenAtTheBrowser.SignedInAsync(host.Factory, "access-cursor", me);

        using var response = await person.Client.GetAsync("/my/data/access?before=not-a-cursor!", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
