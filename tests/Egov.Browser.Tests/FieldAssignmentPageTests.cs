using System.Security.Cryptography;
using System.Text.Json;
using Egov.Identity.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// An inspector who also plans (노은비, given both roles here) plans a round, completes the inspection of 합정라운지
/// through the field API with a photo and a failed fire door, and opens the inspection's page: the failed item, the
/// photo's thumbnail, the order, the link to the drafted report, and a comment — on a desktop and a 390 px phone.
/// </summary>
public sealed class FieldAssignmentPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Inspector = "SEOUL-2019-1102";

    [Fact]
    public async Task CompletedInspection_ShowsItsItemsPhotoOrderReportAndComments()
    {
        await CreateAccountAsync(Inspector, "노은비", AccountKind.Official, "official", "inspector", "inspection-manager");
        await SignInWithPasswordAsync(Inspector);
        await Page.GotoAsync("/officials/field");
        await StepUpWithAuthenticatorAppAsync();
        var api = Page.APIRequest;

        var year = DateTime.UtcNow.Year;
        var planned = await api.PostAsync("/api/v1/field/plans", new()
        {
            DataObject = new { clientId = Guid.NewGuid(), template = "fire-safety.multi-use", region = "11440", use = "근린생활시설", year, dueOn = $"{year}-12-31", inspectors = new[] { Inspector } },
        });
        Assert.Equal(201, planned.Status);
        var sync = await (await api.GetAsync("/api/v1/field/sync")).JsonAsync();
        var assignment = sync!.Value.GetProperty("assignments").EnumerateArray().First(a => a.GetProperty("buildingName").GetString() == "합정라운지").GetProperty("id").GetGuid();

        // A real PNG for the photo: a piece of the page itself.
        var photo = await Page.ScreenshotAsync(new() { Clip = new() { X = 0, Y = 0, Width = 320, Height = 240 } });
        async Task<Guid> UploadPhotoAsync(string item)
        {
            var id = Guid.NewGuid();
            var announced = await api.PostAsync("/api/v1/field/photos", new()
            {
                DataObject = new { clientId = id, assignmentId = assignment, itemCode = item, contentType = "image/png", size = photo.Length, sha256 = Convert.ToHexStringLower(SHA256.HashData(photo)) },
            });
            Assert.Equal(201, announced.Status);
            var location = announced.Headers["location"];
            Assert.Equal(200, (await api.PutAsync(location, new()
            {
                DataByte = photo, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/octet-stream", ["Content-Range"] = $"bytes 0-{photo.Length - 1}/{photo.Length}" },
            })).Status);
            Assert.Equal(200, (await api.PostAsync($"{location}/complete", new() { DataObject = new { } })).Status);
            return id;
        }

        var photoId = await UploadPhotoAsync("fire-door-closing");
        var exitPhotoId = await UploadPhotoAsync("exit-clear");

        var at = DateTime.UtcNow.AddMinutes(-3);
        object Item(string code, string? outcome = null, decimal? reading = null, string? note = null, params Guid[] photos) =>
            new { code, outcome, reading, note, photos, recordedAt = at };
        var completed = await api.PutAsync($"/api/v1/field/submissions/{Guid.NewGuid()}", new()
        {
            DataObject = new
            {
                assignmentId = assignment, templateCode = "fire-safety.multi-use", templateVersion = 1, deviceId = "browser-test", complete = true,
                items = new[]
                {
                    Item("exit-clear", "pass", photos: exitPhotoId), Item("escape-route-width", reading: 130),
                    Item("fire-door-closing", reading: 14, note: "도어클로저 불량, 교체 필요", photos: photoId), Item("emergency-light", reading: 3),
                    Item("extinguisher-pressure", reading: 0.85m), Item("alarm-working", "pass"),
                },
            },
        });
        Assert.Equal(200, completed.Status);

        await Page.GotoAsync($"/officials/field/assignments/{assignment}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "합정라운지", Level = 1 })).ToBeVisibleAsync();
        var door = Page.Locator("[data-item='fire-door-closing']");
        await Expect(door).ToContainTextAsync("부적합");
        await Expect(door.GetByRole(AriaRole.Img, new() { Name = "방화문 자동 닫힘 시간 사진 1" })).ToBeVisibleAsync();
        Assert.True(await door.Locator("img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 320"));
        await Expect(Page.Locator("[data-order]")).ToContainTextAsync("방화문 자동 닫힘 시간");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "결과 보고 문서 보기" })).ToBeVisibleAsync();

        await Page.GetByLabel("댓글 내용").FillAsync("도어클로저 교체 후 재점검 일정을 잡겠습니다.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "댓글 등록" }).ClickAsync();
        await Expect(Page.Locator("[data-comment]")).ToContainTextAsync("재점검 일정을 잡겠습니다.");
        await AssertNoSeriousAxeViolationsAsync();
        await AssertFitsAsync(Page, "field-assignment");
    }
}
