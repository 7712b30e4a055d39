using Egov.Benefits.Eligibility;
using Egov.Platform.Packs;
using Egov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Egov.Benefits.Api;

/// <summary>
/// The benefit rules as open data: every benefit in force on a date with its conditions in plain words and as the
/// expressions that decide them, so anyone can check how the platform decides (and build on it).
/// </summary>
internal static class BenefitsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/benefits").WithTags("Benefits")
            .RequireRateLimiting(WebConventionsExtensions.ApiRateLimitPolicy);
        api.MapGet("/rules", Rules)
            .WithName("BenefitRules")
            .WithSummary("The benefits in force on a date (default today), each with its conditions, amount formula, agency and source.")
            .ProducesValidationProblem();
    }

    private static Results<Ok<IReadOnlyList<RuleView>>, ValidationProblem> Rules(
        string? asOf, string? language, BenefitRules rules, CountryPack pack, TimeProvider time)
    {
        var date = pack.Today(time);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", out date))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = ["Write the date as yyyy-MM-dd."] });
        }

        var lang = language ?? pack.DefaultLanguage;
        if (!pack.Languages.Contains(lang))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [$"One of {string.Join(", ", pack.Languages)}."] });
        }

        IReadOnlyList<RuleView> views = [.. rules.Benefits.Select(b => (Benefit: b.Definition, Period: b.Definition.On(date)))
            .Where(x => x.Period is not null)
            .Select(x => new RuleView(
                x.Benefit.Code, x.Benefit.Names[lang], x.Benefit.Summary[lang], x.Benefit.Kind, x.Benefit.Agency, x.Benefit.Source, x.Benefit.LegalBasis,
                x.Period!.From, x.Period.Until, [.. x.Period.Conditions.Select(c => new ConditionView(c.Id, c.Says[lang], c.When))], x.Period.Amount))];
        return TypedResults.Ok(views);
    }
}

/// <summary>A benefit's rule in force on the date asked.</summary>
internal sealed record RuleView(
    string Code, string Name, string Summary, string Kind, string Agency, Uri Source, string LegalBasis,
    DateOnly From, DateOnly? Until, IReadOnlyList<ConditionView> Conditions, string? Amount);

/// <summary>A condition in words and as the expression that decides it.</summary>
internal sealed record ConditionView(string Id, string Says, string When);
