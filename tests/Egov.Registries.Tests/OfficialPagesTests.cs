using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Egov.Platform.Data;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Egov.Registries.Tests.Support;
using IdentifierFactory = Egov.Registries.Population.IdentifierFactory;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// The officials' register pages through HTTP, as the demo officials use them: a registrar at AAL2 finds a
/// resident and records a move; an official lists residents by name and birth date; an official without the
/// registrar role reads but cannot record; a citizen and a stranger get nothing. The number typed never appears
/// in an address or on a page.
/// </summary>
public sealed class OfficialPagesTests : DemoRegisterTest
{
    private const string DemoPassword = "enjoy-egov-demo";
    private const string KimMinjunNumber = "780412-1023453";

    private static Guid KimMinjun => Demo("kim-minjun");

    [Fact]
    public async Task Registrar_FindsByNumber_AndRecordsAMoveToAKnownAddress()
    {
        var address = await AddAddressAsync();
        var registrar = await OfficialAtAal2Async("SEOUL-2020-3310");

        using var search = await registrar.GetAsync("/officials/registries");
        using var found = await registrar.SubmitAsync(search, new Dictionary<string, string> { ["Form.ResidentNumber"] = KimMinjunNumber });
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/officials/registries/residents/{KimMinjun}", found.Headers.Location!.OriginalString);

        using var record = await registrar.GetAsync(found.Headers.Location.OriginalString);
        var html = await record.Content.ReadAsStringAsync(Ct);
        Assert.Contains("780412-1******", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1023453", html, StringComparison.Ordinal);

        using var moved = await registrar.SubmitAsync(record, new Dictionary<string, string>
        {
            ["Move.RegionCode"] = "11110", ["Move.Road"] = "세종대로", ["Move.Building"] = "209", ["Move.MovedInOn"] = "2024-03-01",
        }, which: f => f.Action.Contains("handler=Move", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        Assert.Equal(address, (await db.Residences.SingleAsync(r => r.ResidentId == KimMinjun && r.MovedOutOn == null, Ct)).AddressId);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Type.EndsWith(nameof(AddressChanged)), Ct));
    }

    [Fact]
    public async Task Official_FindsAGeneratedResidentOfTheDemoPopulation_ByTheNumberTheRegisterHolds()
    {
        Guid id;
        string number;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var generated = await scope.ServiceProvider.GetRequiredService<RegistriesDbContext>().Residents
                .Where(r => r.FileId != null && r.Status == ResidentStatus.Alive).OrderBy(r => r.FileId).Skip(100).FirstAsync(Ct);
            (id, number) = (generated.Id, scope.ServiceProvider.GetRequiredService<ResidentNumbers>().Decrypt(generated.NumberCipher));
        }

        var official = await OfficialAtAal2Async("SEOUL-2011-2087");
        using var search = await official.GetAsync("/officials/registries");
        using var found = await official.SubmitAsync(search, new Dictionary<string, string> { ["Form.ResidentNumber"] = $"{number[..6]}-{number[6..]}" });

        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/officials/registries/residents/{id}", found.Headers.Location!.OriginalString);
        using var record = await official.GetAsync(found.Headers.Location.OriginalString);
        Assert.Contains($"{number[..6]}-{number[6]}******", await record.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registrar_MovingToAnUnknownAddress_IsToldWhy_AndNothingIsWritten()
    {
        await AddAddressAsync();
        var registrar = await OfficialAtAal2Async("SEOUL-2020-3310");

        using var record = await registrar.GetAsync($"/officials/registries/residents/{KimMinjun}");
        using var refused = await registrar.SubmitAsync(record, new Dictionary<string, string>
        {
            ["Move.RegionCode"] = "11110", ["Move.Road"] = "세종대로", ["Move.Building"] = "999", ["Move.MovedInOn"] = "2024-03-01",
        }, which: f => f.Action.Contains("handler=Move", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var error = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync(Ct)).QuerySelector("#Move_Road-error")?.TextContent;
        Assert.Contains("주소 등록부에 없는 주소입니다", error, StringComparison.Ordinal);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task OfficialWithoutTheRegistrarRole_ReadsTheRecord_ButARecordingPostIs403()
    {
        var official = await OfficialAtAal2Async("SEOUL-2011-2087");

        using var record = await official.GetAsync($"/officials/registries/residents/{KimMinjun}");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        var document = new HtmlParser().ParseDocument(await record.Content.ReadAsStringAsync(Ct));
        Assert.Empty(document.QuerySelectorAll("form[action*='handler=']"));

        // The forms are not shown, but a hand-made post (with a valid antiforgery token) is refused too.
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await official.Client.PostAsync(
            $"/officials/registries/residents/{KimMinjun}?handler=Death",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Death.DiedOn"] = "2024-01-01" }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task Official_FindsEveryoneOfANameAndBirthDate_EachOneListedAudited_ANoMatchToo()
    {
        var namesake = await AddNamesakeOfKimMinjunAsync();
        var official = await OfficialAtAal2Async("SEOUL-2011-2087");

        using var search = await official.GetAsync("/officials/registries");
        using var found = await official.SubmitAsync(
            search, new Dictionary<string, string> { ["ByName.Name"] = " 김민준\u3000", ["ByName.BirthDate"] = "1978-04-12" }, which: ByName);
        var list = new HtmlParser().ParseDocument(await found.Content.ReadAsStringAsync(Ct)).QuerySelector("ul[aria-labelledby=matches-heading]");
        Assert.Equal(
            new[] { $"/officials/registries/residents/{KimMinjun}", $"/officials/registries/residents/{namesake}" }.Order(),
            list!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Order());
        Assert.Contains("780412-1******", list.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("1023453", list.TextContent, StringComparison.Ordinal);

        using var none = await official.SubmitAsync(
            search, new Dictionary<string, string> { ["ByName.Name"] = "김민준", ["ByName.BirthDate"] = "1978-04-13" }, which: ByName);
        var error = new HtmlParser().ParseDocument(await none.Content.ReadAsStringAsync(Ct)).QuerySelector("#ByName_Name-error")?.TextContent;
        Assert.Contains("이 이름과 생년월일로 등록된 주민이 없습니다", error, StringComparison.Ordinal);

        await using var scope = Host.Services.CreateAsyncScope();
        var lookups = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(a => a.Action.StartsWith("registries.resident.lookup")).Select(a => new { a.Action, a.Subject, a.Actor, a.Purpose }).ToListAsync(Ct);
        Assert.Equal(
            new[] { ("registries.resident.lookup", $"resident:{KimMinjun}"), ("registries.resident.lookup", $"resident:{namesake}"), ("registries.resident.lookup.unmatched", "resident:none") }.Order(),
            lookups.Select(a => (a.Action, a.Subject)).Order());
        Assert.All(lookups, a => Assert.Equal(("account:", "registries.official-view"), (a.Actor[..8], a.Purpose)));

        static bool ByName(IHtmlFormElement form) => form.Action.Contains("handler=ByName", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citizen_Is403_Stranger_IsSentToSignIn()
    {
        var citizen = new PersonAtTheBrowser(Host);
        using (await citizen.SignInAsync("kim-minjun", DemoPassword))
        {
        }

        using var asCitizen = await citizen.GetAsync($"/officials/registries/residents/{KimMinjun}");
        Assert.Equal(HttpStatusCode.Forbidden, asCitizen.StatusCode);

        using var asStranger = await new PersonAtTheBrowser(Host).GetAsync("/officials/registries");
        Assert.Equal(HttpStatusCode.Redirect, asStranger.StatusCode);
        Assert.StartsWith("/account/sign-in", asStranger.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private Task<PersonAtTheBrowser> OfficialAtAal2Async(string employeeNumber) => DemoOfficials.AtAal2Async(Host, employeeNumber);

    /// <summary>Another 김민준 born the same day, as a national register has many: a valid number of his own.</summary>
    private async Task<Guid> AddNamesakeOfKimMinjunAsync()
    {
        var born = new DateOnly(1978, 4, 12);
        var factory = new IdentifierFactory(KrPack.Pack.Identifiers["rrn"].Definition);
        var number = factory.Compose(born, factory.SeriesFor(born, Sex.Male, foreign: false), 7);
        Assert.NotEqual(KimMinjunNumber.Replace("-", "", StringComparison.Ordinal), number);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var numbers = scope.ServiceProvider.GetRequiredService<ResidentNumbers>();
        var namesake = new Resident
        {
            Id = Guid.NewGuid(), NumberCipher = numbers.Encrypt(number), NumberHash = numbers.Hash(number), Name = "김민준",
            BirthDate = born, Sex = "male", Nationality = "KR", Status = ResidentStatus.Alive, RegionCode = "26110",
        };
        db.Residents.Add(namesake);
        await db.SaveChangesAsync(Ct);
        return namesake.Id;
    }

    private async Task<Guid> AddAddressAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var address = new Address { Id = Guid.NewGuid(), RegionCode = "11110", PostalCode = "03154", Road = "세종대로", Building = "209" };
        db.Addresses.Add(address);
        await db.SaveChangesAsync(Ct);
        return address.Id;
    }

    private async Task AssertNothingRecordedAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        Assert.Equal(0, await db.LifeEvents.CountAsync(Ct));
        Assert.Equal(0, await db.OutboxMessages.CountAsync(Ct));
        Assert.Equal(1, await db.Residences.CountAsync(r => r.ResidentId == KimMinjun, Ct));
    }
}
