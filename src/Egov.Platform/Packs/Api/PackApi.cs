using System.Globalization;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Egov.Platform.Packs.Api;

/// <summary>
/// Reference data of the country pack for agencies' and partners' systems: regions, agencies, and a format
/// check of personal identifiers (so forms can reject a mistyped number before it is submitted).
/// </summary>
public static class PackApi
{
    public static RouteGroupBuilder MapPackApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Reference data").RequireRateLimiting(WebConventionsExtensions.ApiRateLimitPolicy);
        api.MapGet("/regions", ListRegions).WithName("ListRegions")
            .WithSummary("Regions of the country, top level or the children of one region, in code order.");
        api.MapGet("/regions/{code}", GetRegion).WithName("GetRegion")
            .WithSummary("One region, with its names in every language of the pack.");
        api.MapGet("/agencies", ListAgencies).WithName("ListAgencies")
            .WithSummary("Government agencies of the country, in code order.");
        api.MapPost("/identifiers/{kind}/check", IdentifierCheckEndpoint.Check).WithName("CheckIdentifier")
            .WithSummary("Checks the format (and check digit) of a personal identifier; never stores or logs it.");
        return api;
    }

    private static Results<Ok<CursorPage<RegionView>>, ValidationProblem, ProblemHttpResult> ListRegions(
        CountryPack pack, string? parent = null, string? cursor = null, int limit = Cursor.DefaultLimit)
    {
        if (PagingErrors(cursor, limit, out var after) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (parent is not null && pack.Regions.Find(parent) is null)
        {
            return NotFound($"No region has code '{parent}'.");
        }

        var regions = parent is null ? pack.Regions.TopLevel : pack.Regions.ChildrenOf(parent);
        var page = Cursor.Page(regions.OrderBy(r => r.Code, StringComparer.Ordinal), r => r.Code, after, limit);
        return TypedResults.Ok(new CursorPage<RegionView>(page.Items.Select(r => RegionView.From(r, pack)).ToList(), page.NextCursor));
    }

    private static Results<Ok<RegionView>, ProblemHttpResult> GetRegion(CountryPack pack, string code) =>
        pack.Regions.Find(code) is { } region
            ? TypedResults.Ok(RegionView.From(region, pack))
            : NotFound($"No region has code '{code}'.");

    private static Results<Ok<CursorPage<AgencyView>>, ValidationProblem> ListAgencies(
        CountryPack pack, string? cursor = null, int limit = Cursor.DefaultLimit)
    {
        if (PagingErrors(cursor, limit, out var after) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = Cursor.Page(pack.Agencies.OrderBy(a => a.Code, StringComparer.Ordinal), a => a.Code, after, limit);
        return TypedResults.Ok(new CursorPage<AgencyView>(page.Items.Select(a => AgencyView.From(a, pack)).ToList(), page.NextCursor));
    }

    private static Dictionary<string, string[]>? PagingErrors(string? cursor, int limit, out string? after)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > Cursor.MaxLimit)
        {
            errors["limit"] = [string.Create(CultureInfo.InvariantCulture, $"limit must be between 1 and {Cursor.MaxLimit}.")];
        }

        if (!Cursor.TryDecode(cursor, out after))
        {
            errors["cursor"] = ["cursor is not one this API returned."];
        }

        return errors.Count > 0 ? errors : null;
    }

    internal static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>The name in the request's language, falling back to the pack's default language.</summary>
    internal static string LocalName(IReadOnlyDictionary<string, string> names, CountryPack pack) =>
        names.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? names[pack.DefaultLanguage];
}

/// <summary>A region as the API shows it.</summary>
public sealed record RegionView(string Code, string? ParentCode, int Level, string Name, IReadOnlyDictionary<string, string> Names)
{
    internal static RegionView From(Region r, CountryPack pack) => new(r.Code, r.ParentCode, r.Level, PackApi.LocalName(r.Names, pack), r.Names);
}

/// <summary>An agency as the API shows it.</summary>
public sealed record AgencyView(string Code, string? ParentCode, string Kind, string? RegionCode, string Name)
{
    internal static AgencyView From(Agency a, CountryPack pack) => new(a.Code, a.ParentCode, a.Kind, a.RegionCode, PackApi.LocalName(a.Names, pack));
}
