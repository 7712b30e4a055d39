using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Microsoft.Playwright.Assertions;

namespace Egov.Browser.Tests;

/// <summary>
/// An inspector on a phone downloads the assignments, loses the network, reopens the app from the service worker,
/// inspects a building with a photo from the camera input and the device's position, and comes back online: the
/// server then holds that inspection exactly once, with its photos, the failed item's order and the report's draft.
/// </summary>
public sealed class FieldAppTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Inspector = "SEOUL-2017-0815";

    // In front of 서교스퀘어 (demo/properties.yaml: 37.55512, 126.92268): it must come first of the three.
    private static readonly Geolocation NearSeogyo = new() { Latitude = 37.5553F, Longitude = 126.9225F, Accuracy = 12 };

    [Fact]
    public async Task Inspector_InspectsOffline_WithAPhotoAndAPosition_AndTheServerHasItOnceBackOnline()
    {
        await CreateAccountAsync(Inspector, "배현우", AccountKind.Official, "official", "inspector");
        await using var phone = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(),
            Locale = "ko-KR",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Permissions = ["geolocation"],
            Geolocation = NearSeogyo,
        });
        var page = await phone.NewPageAsync();
        await SignInWithPasswordAsync(Inspector, page);
        await page.GotoAsync("/officials/field/app");
        await StepUpWithAuthenticatorAppAsync(page);
        var app = page.Locator("[data-field-app]");
        await Expect(app).ToHaveAttributeAsync("data-offline-ready", "true");

        await page.GetByRole(AriaRole.Button, new() { Name = "배정 목록 내려받기" }).ClickAsync();
        var cards = page.Locator("[data-assignments] > li");
        await Expect(cards).ToHaveCountAsync(3);
        await Expect(cards.First).ToContainTextAsync("서교스퀘어");
        await Expect(cards.First).ToContainTextAsync("m 거리");

        // The network goes; the app opens again from the service worker's cache, with the download from IndexedDB.
        await phone.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Expect(app).ToHaveAttributeAsync("data-connection", "offline");
        await Expect(cards).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "서교스퀘어" }).ClickAsync();

        await FillChecklistAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "현재 위치 기록" }).ClickAsync();
        await Expect(page.Locator("[data-position]")).ToContainTextAsync("37.5553");
        await SaveScreenshotAsync(page, "field-app-checklist-390");
        await page.GetByRole(AriaRole.Button, new() { Name = "점검 완료" }).ClickAsync();
        await Expect(page.Locator("[data-message]")).ToContainTextAsync("이 기기에서 점검을 완료했습니다");
        await Expect(page.Locator("[data-unsynced]")).ToHaveTextAsync("동기화 대기: 점검 결과 1건, 사진 2장");
        await Expect(cards.First).ToContainTextAsync("기기에서 완료됨 — 동기화 대기");
        Assert.Equal(0, await InspectionsOfSeogyoAsync());
        await SaveScreenshotAsync(page, "field-app-offline-390");

        await phone.SetOfflineAsync(false);
        await Expect(page.Locator("[data-unsynced]")).ToHaveTextAsync("모두 동기화됨", new() { Timeout = 30_000 });
        await Expect(cards.First).ToContainTextAsync("완료 및 동기화됨");
        await AssertNoSeriousAxeViolationsAsync(page);

        using var scope = Fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FieldDbContext>();
        var seogyo = await SeogyoAssignmentAsync(db);
        var inspection = await db.Inspections.Include(i => i.Items).SingleAsync(i => i.AssignmentId == seogyo, TestContext.Current.CancellationToken);
        Assert.NotNull(inspection.CompletedAt);
        Assert.Equal(37.5553, inspection.Latitude!.Value, 4);
        Assert.Equal(6, inspection.Items.Count);
        Assert.Equal(ItemOutcome.Fail, inspection.Items.Single(i => i.ItemCode == "fire-door-closing").Outcome);
        Assert.Equal(1, await db.Submissions.CountAsync(s => s.AssignmentId == inspection.AssignmentId, TestContext.Current.CancellationToken));
        var photos = await db.Photos.Where(p => p.AssignmentId == inspection.AssignmentId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, photos.Count);
        Assert.All(photos, p => Assert.NotNull(p.CompletedAt));
        // Resized on the phone: a 4,000-pixel camera picture arrives far smaller than it was taken.
        Assert.All(photos, p => Assert.True(p.Size < CameraPicture.Value.Length / 2, $"{p.Size} bytes of {CameraPicture.Value.Length}"));
        Assert.Equal(1, await db.Orders.CountAsync(o => o.InspectionId == inspection.Id, TestContext.Current.CancellationToken));

        // The report is drafted as an approval document for the inspector's line, and the phone opens it.
        Assert.NotNull(inspection.ReportDocumentId);
        await page.GotoAsync($"/officials/approvals/documents/{inspection.ReportDocumentId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("서교스퀘어");
    }

    private static async Task FillChecklistAsync(IPage page)
    {
        var picture = new FilePayload { Name = "camera.jpg", MimeType = "image/jpeg", Buffer = CameraPicture.Value };
        var exits = page.GetByRole(AriaRole.Group, new() { Name = "비상구 및 피난통로 장애물 없음" });
        await ChooseAsync(exits, "적합");
        await exits.GetByLabel("사진 촬영(1장 필요)").SetInputFilesAsync(picture);
        await Expect(exits).ToContainTextAsync("사진 1장 중 1장 촬영");

        await page.GetByRole(AriaRole.Group, new() { Name = "영업장 내부 피난통로 폭" }).GetByLabel("측정값(cm)").FillAsync("150");
        var door = page.GetByRole(AriaRole.Group, new() { Name = "방화문 자동 닫힘 시간" });
        await door.GetByLabel("측정값(s)").FillAsync("14");
        await door.GetByLabel("메모(선택)").FillAsync("도어클로저 유압 부족");
        await door.GetByLabel("사진 촬영(1장 필요)").SetInputFilesAsync(picture);
        await Expect(door).ToContainTextAsync("사진 1장 중 1장 촬영");
        await page.GetByRole(AriaRole.Group, new() { Name = "비상조명등 바닥 조도" }).GetByLabel("측정값(lx)").FillAsync("3");
        await page.GetByRole(AriaRole.Group, new() { Name = "소화기 지시압력" }).GetByLabel("측정값(MPa)").FillAsync("0.85");
        await ChooseAsync(page.GetByRole(AriaRole.Group, new() { Name = "자동화재탐지설비 정상 작동" }), "적합");
    }

    // As a finger does: on the label (KRDS draws its own radio over the input).
    private static async Task ChooseAsync(ILocator item, string outcome)
    {
        await item.Locator("label").GetByText(outcome, new() { Exact = true }).ClickAsync();
        await Expect(item.GetByRole(AriaRole.Radio, new() { Name = outcome, Exact = true })).ToBeCheckedAsync();
    }

    private async Task<int> InspectionsOfSeogyoAsync()
    {
        using var scope = Fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FieldDbContext>();
        var assignment = await SeogyoAssignmentAsync(db);
        return await db.Inspections.CountAsync(i => i.AssignmentId == assignment, TestContext.Current.CancellationToken);
    }

    // This inspector's: another test's plan may assign the same building to someone else in the shared host.
    private static async Task<Guid> SeogyoAssignmentAsync(FieldDbContext db) =>
        (await db.Assignments.SingleAsync(
            a => a.BuildingName == "서교스퀘어" && a.Kind == AssignmentKind.Regular && a.Inspectors.Any(i => i.EmployeeNumber == Inspector),
            TestContext.Current.CancellationToken)).Id;

    // A phone camera's picture: 4,000 × 3,000 pixels of varied colour, so that JPEG cannot squeeze it to nothing.
    private static readonly Lazy<byte[]> CameraPicture = new(() =>
    {
        using var image = new Image<Rgb24>(4000, 3000);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24((byte)(x * 7 ^ y * 3), (byte)(x * y >> 6), (byte)(y * 5 + x));
                }
            }
        });
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    });
}
