using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Egov.Registries.Tests.Support;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// A registrar records a birth from a parent's record through HTTP: the child's record follows, with a number
/// the register issued (masked on the page); a birth that breaks a rule is refused beside its field and writes
/// nothing; an official who is not a registrar gets 403.
/// </summary>
public sealed class BirthPageTests : DemoRegisterTest
{

    [Fact]
    public async Task Registrar_RecordsABirth_TheChildsRecordFollows_WithItsHomeParentsAndOneChildBorn()
    {
        var registrar = await DemoOfficials.AtAal2Async(Host, DemoOfficials.Registrar);

        using var recorded = await PostBirthAsync(registrar, "kim-minjun", new()
        {
            ["Birth.Name"] = " 김하준 ", ["Birth.LatinName"] = "Kim  Hajun", ["Birth.BornOn"] = "2026-11-20", ["Birth.Sex"] = "Male",
            ["Birth.OtherParentNumber"] = "800923-2045655",
        });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var childId = Guid.Parse(recorded.Headers.Location!.OriginalString.Split('/')[^1]);
        using var page = await registrar.GetAsync(recorded.Headers.Location.OriginalString);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Ct));
        Assert.Equal("김하준", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("출생을 기록했습니다", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("261120-3******", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var father = await db.Residents.SingleAsync(r => r.Id == Demo("kim-minjun"), Ct);
        var child = await db.Residents.SingleAsync(r => r.Id == childId, Ct);
        Assert.Equal(
            ("김하준", "Kim Hajun", new DateOnly(2026, 11, 20), "male", "KR", ResidentStatus.Alive, father.HouseholdId, "child", "11110"),
            (child.Name, child.LatinName, child.BirthDate, child.Sex, child.Nationality, child.Status, child.HouseholdId, child.RelationToHead, child.RegionCode));
        var number = scope.ServiceProvider.GetRequiredService<ResidentNumbers>().Decrypt(child.NumberCipher);
        Assert.True(KrPack.Pack.Identifiers["rrn"].Validate(number) is { IsValid: true, Sex: Egov.Platform.Packs.Sex.Male } check && check.BirthDate == child.BirthDate);
        Assert.DoesNotContain(number, await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var home = await db.Residences.SingleAsync(r => r.ResidentId == Demo("kim-minjun") && r.MovedOutOn == null, Ct);
        var stay = await db.Residences.SingleAsync(r => r.ResidentId == childId, Ct);
        Assert.Equal((home.AddressId, new DateOnly(2026, 11, 20), (DateOnly?)null), (stay.AddressId, stay.MovedInOn, stay.MovedOutOn));
        Assert.Equal(
            new[] { Demo("kim-minjun"), Demo("lee-seoyeon") }.Order(),
            (await db.FamilyLinks.Where(l => l.ResidentId == childId && l.Relation == FamilyRelation.Parent).Select(l => l.RelativeId).ToListAsync(Ct)).Order());
        var lifeEvent = await db.LifeEvents.SingleAsync(Ct);
        Assert.Equal((LifeEventKind.Birth, childId, Demo("kim-minjun")), (lifeEvent.Kind, lifeEvent.ResidentId, lifeEvent.RelatedResidentId!.Value));
        var published = await db.OutboxMessages.Where(m => m.Type.EndsWith(nameof(ChildBorn))).Select(m => m.Payload).SingleAsync(Ct);
        var born = JsonSerializer.Deserialize<ChildBorn>(published, JsonSerializerOptions.Web)!;
        Assert.Equal((new ResidentId(childId), new DateOnly(2026, 11, 20), "11110", lifeEvent.Sequence), (born.Child, born.BornOn, born.RegionCode, born.Sequence));
        Assert.Equal([new ResidentId(Demo("kim-minjun")), new ResidentId(Demo("lee-seoyeon"))], born.Parents);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(Ct));
    }

    [Fact]
    public async Task Registrar_ABirthBreakingARule_IsToldWhyBesideTheField_AndNothingIsWritten()
    {
        var registrar = await DemoOfficials.AtAal2Async(Host, DemoOfficials.Registrar);
        int residents;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            residents = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Residents.CountAsync(Ct);
        }

        (string Parent, Dictionary<string, string> Change, string Field, string Message)[] refusals =
        [
            ("kim-minjun", new() { ["Birth.BornOn"] = "2999-01-01" }, "BornOn", "오늘 이후 날짜는 기록할 수 없습니다."),
            ("kim-seoa", new() { ["Birth.BornOn"] = "2020-01-01", ["Birth.OtherParentNumber"] = "" }, "BornOn", "만 12세 이상이어야 합니다."),
            ("kim-youngsoo", new() { ["Birth.BornOn"] = "2025-01-01", ["Birth.OtherParentNumber"] = "520605-2071353" }, "OtherParentNumber", "출생일 전에 사망했습니다."),
            ("kim-minjun", new() { ["Birth.OtherParentNumber"] = "780412-1023453" }, "OtherParentNumber", "다른 부모로 같은 사람을 입력했습니다."),
            ("kim-minjun", new() { ["Birth.OtherParentNumber"] = "780412-1023454" }, "OtherParentNumber", "등록된 주민이 아닙니다."),
            ("park-jihoon", new() { ["Birth.Name"] = "박도윤", ["Birth.BornOn"] = "2026-10-02", ["Birth.OtherParentNumber"] = "" }, "Name", "같은 이름과 출생일의 아이가 이미 등록되어 있습니다."),
            ("han-sora", new() { ["Birth.OtherParentNumber"] = "" }, "Name", "세대가 없는 주민입니다."),
            ("kim-minjun", new() { ["Birth.Sex"] = "" }, "Sex", "이 항목을 입력하세요."),
        ];
        foreach (var (parent, change, field, message) in refusals)
        {
            var fields = new Dictionary<string, string>
            {
                ["Birth.Name"] = "김하준", ["Birth.BornOn"] = "2026-11-20", ["Birth.Sex"] = "Male", ["Birth.OtherParentNumber"] = "800923-2045655",
            };
            foreach (var (key, value) in change)
            {
                fields[key] = value;
            }

            using var refused = await PostBirthAsync(registrar, parent, fields);

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var document = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync(Ct));
            Assert.Contains(message, document.QuerySelector($"#Birth_{field}-error")?.TextContent ?? $"(no message beside {field} for {parent})", StringComparison.Ordinal);
            Assert.NotNull(document.QuerySelector("details[open] form[action*='handler=Birth']"));
        }

        await using var after = Host.Services.CreateAsyncScope();
        var db = after.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        Assert.Equal(residents, await db.Residents.CountAsync(Ct));
        Assert.Equal(0, await db.LifeEvents.CountAsync(Ct));
        Assert.Equal(0, await db.OutboxMessages.CountAsync(Ct));
    }

    [Fact]
    public async Task OfficialWithoutTheRegistrarRole_PostingABirth_Gets403_AndNothingIsLookedUpOrWritten()
    {
        var official = await DemoOfficials.AtAal2Async(Host, DemoOfficials.Reader);
        using var record = await official.GetAsync($"/officials/registries/residents/{Demo("kim-minjun")}");
        var token = new HtmlParser().ParseDocument(await record.Content.ReadAsStringAsync(Ct)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var post = await official.Client.PostAsync(
            $"/officials/registries/residents/{Demo("kim-minjun")}?handler=Birth",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Birth.Name"] = "김하준", ["Birth.BornOn"] = "2026-11-20", ["Birth.Sex"] = "Male",
                ["Birth.OtherParentNumber"] = "800923-2045655",
            }), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        Assert.Equal(0, await db.LifeEvents.CountAsync(Ct));
        Assert.False(await db.Residents.AnyAsync(r => r.Name == "김하준", Ct));
        var lookups = await scope.ServiceProvider.GetRequiredService<Egov.Platform.Data.PlatformDbContext>().AuditEntries
            .CountAsync(a => a.Action.StartsWith("registries.resident.lookup"), Ct);
        Assert.Equal(0, lookups);
    }

    private static async Task<HttpResponseMessage> PostBirthAsync(PersonAtTheBrowser registrar, string parent, Dictionary<string, string> fields)
    {
        using var record = await registrar.GetAsync($"/officials/registries/residents/{Demo(parent)}");
        return await registrar.SubmitAsync(record, fields, which: f => f.Action.Contains("handler=Birth", StringComparison.Ordinal));
    }
}
