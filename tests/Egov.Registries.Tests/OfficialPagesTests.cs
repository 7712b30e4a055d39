using System.Net;
using AngleSharp.Html.Parser;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Protection;
using Egov.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Registries.Tests;

/// <summary>
/// The officials' register pages through HTTP, as the demo officials use them: a registrar at AAL2 finds a
/// resident and records a move; an official without the registrar role reads but cannot record; a citizen and
/// a stranger get nothing. The number typed never appears in an address or on a page.
/// </summary>
public sealed class OfficialPagesTests : IAsyncLifetime
{
    private const string DemoPassword = "enjoy-egov-demo";
    private const string KimMinjunNumber = "780412-1023453";
    private TestDatabase database = null!;
    private EgovHostFactory host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Guid KimMinjun => StableId.For("kr", "resident", "kim-minjun");

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Ct);
        host = new EgovHostFactory(database, new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" });
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

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

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        Assert.Equal(address, (await db.Residences.SingleAsync(r => r.ResidentId == KimMinjun && r.MovedOutOn == null, Ct)).AddressId);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Type.EndsWith(nameof(AddressChanged)), Ct));
    }

    [Fact]
    public async Task Official_FindsAGeneratedResidentOfTheDemoPopulation_ByTheNumberTheRegisterHolds()
    {
        Guid id;
        string number;
        await using (var scope = host.Services.CreateAsyncScope())
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
    public async Task Citizen_Is403_Stranger_IsSentToSignIn()
    {
        var citizen = new PersonAtTheBrowser(host);
        using (await citizen.SignInAsync("kim-minjun", DemoPassword))
        {
        }

        using var asCitizen = await citizen.GetAsync($"/officials/registries/residents/{KimMinjun}");
        Assert.Equal(HttpStatusCode.Forbidden, asCitizen.StatusCode);

        using var asStranger = await new PersonAtTheBrowser(host).GetAsync("/officials/registries");
        Assert.Equal(HttpStatusCode.Redirect, asStranger.StatusCode);
        Assert.StartsWith("/account/sign-in", asStranger.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>A demo official signed in with the demo password, then stepped up by setting up an authenticator app.</summary>
    private async Task<PersonAtTheBrowser> OfficialAtAal2Async(string employeeNumber)
    {
        var official = new PersonAtTheBrowser(host);
        using (await official.SignInAsync(employeeNumber, DemoPassword))
        {
        }

        using var stepUp = await official.GetAsync("/officials/registries");
        Assert.Equal(HttpStatusCode.Redirect, stepUp.StatusCode);
        using var setup = await official.GetAsync(stepUp.Headers.Location!.OriginalString);
        var keyText = new HtmlParser().ParseDocument(await setup.Content.ReadAsStringAsync(Ct)).QuerySelector("main p code")!.TextContent;
        var code = AuthenticatorApp.CodeAt(AuthenticatorApp.KeyFromBase32(keyText), DateTimeOffset.UtcNow);
        using (await official.SubmitAsync(setup, new Dictionary<string, string> { ["Form.Code"] = code }))
        {
        }

        return official;
    }

    private async Task<Guid> AddAddressAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        var address = new Address { Id = Guid.NewGuid(), RegionCode = "11110", PostalCode = "03154", Road = "세종대로", Building = "209" };
        db.Addresses.Add(address);
        await db.SaveChangesAsync(Ct);
        return address.Id;
    }

    private async Task AssertNothingRecordedAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistriesDbContext>();
        Assert.Equal(0, await db.LifeEvents.CountAsync(Ct));
        Assert.Equal(0, await db.OutboxMessages.CountAsync(Ct));
        Assert.Equal(1, await db.Residences.CountAsync(r => r.ResidentId == KimMinjun, Ct));
    }
}
