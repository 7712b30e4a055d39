using System.Security.Claims;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Egov.Registries.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Exchange;

/// <summary>Who is asked about and why. The number travels only here, in the body, never in a URL.</summary>
/// <param name="ResidentNumber">The person's identifier in the pack's format (e.g. <c>780412-1023453</c>).</param>
/// <param name="Name">Their registered name: number and name must both match.</param>
/// <param name="Purpose">A purpose code of the country's exchange catalogue, granted to the calling client.</param>
/// <param name="LegalBasis">Optional: the caller's own reference (case number, article), logged with the purpose's legal basis.</param>
public sealed record ResidentQueryRequest(string? ResidentNumber, string? Name, string? Purpose, string? LegalBasis = null);

/// <summary>Only the fields the purpose receives, dataset by dataset.</summary>
/// <param name="Purpose">The purpose asked for.</param>
/// <param name="LegalBasis">The legal basis the read was logged under.</param>
/// <param name="Data">Dataset code to (field to value); exactly the purpose's datasets and fields.</param>
public sealed record ResidentQueryResponse(string Purpose, string LegalBasis, IReadOnlyDictionary<string, Dictionary<string, object?>> Data);

/// <summary>
/// <c>POST /api/v1/registries/residents/query</c>: a client (client credentials, scope <c>registries.exchange</c>)
/// asks about one person for one purpose. Refused unless the pack knows the purpose, an administrator granted it
/// to the client and, where the purpose needs it, the person's consent is in force; every answer about an
/// identifiable person, granted or refused, is logged for that person.
/// </summary>
internal sealed class ResidentQuery(
    ResidentsByNumber residents, RegistriesDbContext db, CountryPack pack, ExchangeFields fields, ExchangeLog log)
{
    public async Task<Results<Ok<ResidentQueryResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ResidentQueryRequest request, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        if (Errors(request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (ClientCaller.From(user, IdentityScopes.RegistriesExchange) is not { } caller)
        {
            return ExchangeApi.InsufficientScope(http, IdentityScopes.RegistriesExchange);
        }

        var resident = await residents.FindLivingAsync(request.ResidentNumber!, request.Name!, cancellationToken);
        var code = request.Purpose!;
        if (pack.Exchange.Purpose(code) is not { } purpose)
        {
            await log.RecordAsync(caller, resident?.Id, code, null, ExchangeOutcome.DeniedPurpose, [], cancellationToken);
            return Refused("Unknown purpose", $"'{code}' is not a purpose of the exchange catalogue.", code);
        }

        var granted = await db.ExchangeGrants.AnyAsync(g => g.ClientId == caller.ClientId && g.Purpose == code && g.RevokedAt == null, cancellationToken);
        if (!granted)
        {
            await log.RecordAsync(caller, resident?.Id, code, purpose.LegalBasis, ExchangeOutcome.DeniedNotGranted, [], cancellationToken);
            return Refused("Purpose not granted", $"This client is not granted the purpose '{code}'.", code);
        }

        var legalBasis = purpose.LegalBasis;
        if (purpose.NeedsConsent)
        {
            // Nobody found answers as "no consent": a client must not learn from the answer whether a number exists.
            var consent = resident is null ? null : await ConsentAsync(resident.Id, caller.ClientId, code, cancellationToken);
            if (consent is null)
            {
                await log.RecordAsync(caller, resident?.Id, code, legalBasis, ExchangeOutcome.DeniedNoConsent, [], cancellationToken);
                return Refused("No consent", $"The person has not consented to '{code}' for this client, or has revoked it.", code);
            }

            legalBasis += $"; consent given {consent.GivenAt:yyyy-MM-dd'T'HH:mm'Z'}";
        }

        if (request.LegalBasis is { Length: > 0 } reference)
        {
            legalBasis += $"; caller's reference: {reference}";
        }

        if (resident is null)
        {
            await log.RecordAsync(caller, null, code, legalBasis, ExchangeOutcome.Unmatched, [], cancellationToken);
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No living resident has this number and name.");
        }

        var data = await fields.ReadAsync(resident, purpose, cancellationToken);
        await log.RecordAsync(caller, resident.Id, code, legalBasis, ExchangeOutcome.Read, [.. purpose.QualifiedFields], cancellationToken);
        return TypedResults.Ok(new ResidentQueryResponse(code, legalBasis, data));
    }

    private Task<ExchangeConsent?> ConsentAsync(Guid resident, string clientId, string purpose, CancellationToken cancellationToken) =>
        db.ExchangeConsents.AsNoTracking()
            .Where(c => c.ResidentId == resident && c.ClientId == clientId && c.Purpose == purpose && c.RevokedAt == null)
            .OrderByDescending(c => c.GivenAt)
            .FirstOrDefaultAsync(cancellationToken);

    private static Dictionary<string, string[]> Errors(ResidentQueryRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Check(string field, string? value, int max, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"{field} is required."];
            }
            else if (value?.Length > max)
            {
                errors[field] = [$"{field} must be at most {max} characters."];
            }
        }

        Check("residentNumber", request.ResidentNumber, 32, required: true);
        Check("name", request.Name, 100, required: true);
        Check("purpose", request.Purpose, 100, required: true);
        Check("legalBasis", request.LegalBasis, 100, required: false);
        return errors;
    }

    private static ProblemHttpResult Refused(string title, string detail, string purpose) => ExchangeApi.Refused(title, detail, "purpose", purpose);
}
