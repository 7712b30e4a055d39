using System.Net;
using System.Net.Http.Json;
using System.Text;
using Egov.Platform.Packs.Api;
using Egov.Platform.Web;
using Egov.Testing;

namespace Egov.Host.Tests;

public sealed class PackApiTests(EgovHostFixture host) : IClassFixture<EgovHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Regions_PagedWithCursors_ListEveryProvinceOnceInCodeOrder()
    {
        var client = host.Factory.CreateClient();
        var codes = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<CursorPage<RegionView>>($"/api/v1/regions?limit=5&cursor={cursor}", Ct);
            Assert.InRange(page!.Items.Count, 1, 5);
            codes.AddRange(page.Items.Select(r => r.Code));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(17, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal("11", codes[0]);
    }

    [Fact]
    public async Task Regions_OfAProvince_AreItsDistricts()
    {
        var page = await host.Factory.CreateClient().GetFromJsonAsync<CursorPage<RegionView>>("/api/v1/regions?parent=11&limit=200", Ct);

        Assert.Equal(25, page!.Items.Count);
        Assert.All(page.Items, r => Assert.Equal("11", r.ParentCode));
        Assert.Contains(page.Items, r => r.Code == "11110" && r.Names["ko"] == "종로구");
    }

    [Theory]
    [InlineData("/api/v1/regions?limit=0", "limit")]
    [InlineData("/api/v1/regions?limit=201", "limit")]
    [InlineData("/api/v1/regions?cursor=%25%25", "cursor")]
    [InlineData("/api/v1/agencies?limit=-1", "limit")]
    public async Task Lists_WithBadPaging_Answer400NamingTheParameter(string url, string parameter)
    {
        using var response = await host.Factory.CreateClient().GetAsync(url, Ct);

        var body = await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"\"{parameter}\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/regions?parent=99")]
    [InlineData("/api/v1/regions/99999")]
    public async Task UnknownRegion_Is404ProblemDetails(string url)
    {
        using var response = await host.Factory.CreateClient().GetAsync(url, Ct);

        await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IdentifierCheck_ReturnsTheVerdictAndOnlyTheMaskedNumber()
    {
        using var response = await host.Factory.CreateClient()
            .PostAsJsonAsync("/api/v1/identifiers/rrn/check", new IdentifierCheckRequest("900101-1234568"), Ct);

        var raw = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("1234568", raw, StringComparison.Ordinal);
        var result = await response.Content.ReadFromJsonAsync<IdentifierCheckResponse>(Ct);
        Assert.Equal(new IdentifierCheckResponse(true, null, "900101-1******", new DateOnly(1990, 1, 1), "Male"), result);
    }

    [Fact]
    public async Task IdentifierCheck_WithAWrongCheckDigit_SaysWhy()
    {
        using var response = await host.Factory.CreateClient()
            .PostAsJsonAsync("/api/v1/identifiers/rrn/check", new IdentifierCheckRequest("900101-1234567"), Ct);

        var result = await response.Content.ReadFromJsonAsync<IdentifierCheckResponse>(Ct);
        Assert.False(result!.Valid);
        Assert.Equal("CheckDigit", result.Error);
    }

    [Theory]
    [InlineData("text/plain", "{\"value\":\"900101-1234568\"}", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", "{\"value\":", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"value\":\"  \"}", HttpStatusCode.BadRequest)]
    public async Task IdentifierCheck_WithBadInput_IsProblemDetails(string contentType, string body, HttpStatusCode status)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await host.Factory.CreateClient().PostAsync("/api/v1/identifiers/rrn/check", content, Ct);

        await ProblemDetailsTests.AssertProblemAsync(response, status);
    }

    [Fact]
    public async Task IdentifierCheck_OfAnUnknownKind_Is404ProblemDetails()
    {
        using var response = await host.Factory.CreateClient()
            .PostAsJsonAsync("/api/v1/identifiers/passport/check", new IdentifierCheckRequest("M12345678"), Ct);

        await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
