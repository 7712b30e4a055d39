using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Egov.Platform.Packs.Api;

/// <summary>The number to check, in the body: personal identifiers never travel in URLs.</summary>
public sealed record IdentifierCheckRequest(string? Value);

/// <summary>
/// The verdict. The number itself is never echoed, only its masked form, so the response is safe to log
/// on the caller's side.
/// </summary>
public sealed record IdentifierCheckResponse(bool Valid, string? Error, string? Masked, DateOnly? BirthDate, string? Sex);

internal static class IdentifierCheckEndpoint
{
    public static Results<Ok<IdentifierCheckResponse>, ValidationProblem, ProblemHttpResult> Check(
        CountryPack pack, string kind, IdentifierCheckRequest request)
    {
        if (!pack.Identifiers.TryGetValue(kind, out var format))
        {
            return PackApi.NotFound($"The {pack.Code} pack defines no identifier '{kind}'; it defines: {string.Join(", ", pack.Identifiers.Keys)}.");
        }

        if (string.IsNullOrWhiteSpace(request.Value))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["value"] = ["value is required."] });
        }

        var check = format.Validate(request.Value);
        return TypedResults.Ok(new IdentifierCheckResponse(
            check.IsValid,
            check.IsValid ? null : check.Error.ToString(),
            check.Normalized is null ? null : format.Mask(check.Normalized),
            check.BirthDate,
            check.Sex?.ToString()));
    }
}
