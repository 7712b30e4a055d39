using System.Globalization;
using System.Security.Claims;
using Egov.Identity.Contracts;
using Egov.Platform.Packs;
using Egov.Platform.Web;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Exchange;

/// <summary>One page of a change feed.</summary>
/// <param name="Feed">The feed followed (a feed code of the country's exchange catalogue).</param>
/// <param name="LegalBasis">The feed's legal basis, under which every person identified was logged.</param>
/// <param name="Events">The events, in recording order; each with exactly the feed's fields.</param>
/// <param name="Next">The cursor to ask <c>after</c> next: past this page's last event, or the same position when the page is empty.</param>
public sealed record LifeEventPage(string Feed, string LegalBasis, IReadOnlyList<Dictionary<string, object?>> Events, string Next);

/// <summary>
/// <c>GET /api/v1/registries/life-events</c>: a client (client credentials, scope <c>registries.feed</c>) follows a
/// feed of the pack that an administrator granted it. The cursor is opaque (base64url of the last sequence);
/// every person an event identifies is logged for them, a page in one batch.
/// </summary>
internal sealed class LifeEventFeed(RegistriesDbContext db, CountryPack pack, ExchangeLog log)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>What a refusal is logged under when the request named no feed.</summary>
    private const string AnyFeed = "life-events";

    public async Task<Results<Ok<LifeEventPage>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? after, int? limit, string? feed, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        feed = string.IsNullOrEmpty(feed) ? null : feed;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var position = Position(after);
        if (position is null)
        {
            errors["after"] = ["after is not a cursor this feed returned."];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [string.Create(CultureInfo.InvariantCulture, $"limit must be between 1 and {MaxLimit}.")];
        }

        if (feed?.Length > 100)
        {
            errors["feed"] = ["feed must be at most 100 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (ClientCaller.From(user, IdentityScopes.RegistriesFeed) is not { } caller)
        {
            return ExchangeApi.InsufficientScope(http, IdentityScopes.RegistriesFeed);
        }

        var granted = await GrantedFeedsAsync(caller.ClientId, cancellationToken);
        ExchangeFeed followed;
        if (feed is not null)
        {
            if (pack.Exchange.Feed(feed) is not { } named)
            {
                await log.RecordAsync(caller, null, feed, null, ExchangeOutcome.DeniedPurpose, [], cancellationToken);
                return ExchangeApi.Refused("Unknown feed", $"'{feed}' is not a feed of the exchange catalogue.", "feed", feed);
            }

            if (!granted.Contains(named))
            {
                await log.RecordAsync(caller, null, feed, named.LegalBasis, ExchangeOutcome.DeniedNotGranted, [], cancellationToken);
                return ExchangeApi.Refused("Feed not granted", $"This client is not granted the feed '{feed}'.", "feed", feed);
            }

            followed = named;
        }
        else if (granted.Count == 1)
        {
            followed = granted[0];
        }
        else if (granted.Count == 0)
        {
            await log.RecordAsync(caller, null, AnyFeed, null, ExchangeOutcome.DeniedNotGranted, [], cancellationToken);
            return ExchangeApi.Refused("Feed not granted", "This client is granted no feed.");
        }
        else
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["feed"] = [$"This client follows several feeds: name one ({string.Join(", ", granted.Select(f => f.Code))})."],
            });
        }

        var events = await FeedEvents.PageAsync(db, followed, position!.Value, limit ?? DefaultLimit, cancellationToken);
        var released = events.SelectMany(e => FeedEvents.PeopleReleased(e, followed).Select(person => (person, e.Kind))).ToList();
        await log.RecordReleasesAsync(caller, followed, released, cancellationToken);
        var next = events.Count > 0 ? events[^1].Sequence : position.Value;
        return TypedResults.Ok(new LifeEventPage(
            followed.Code, followed.LegalBasis, [.. events.Select(e => FeedEvents.Project(e, followed))], Cursor.Encode(next.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The feeds granted to the client that the pack still has, in the pack's order.</summary>
    private async Task<List<ExchangeFeed>> GrantedFeedsAsync(string clientId, CancellationToken cancellationToken)
    {
        var codes = await db.ExchangeGrants.AsNoTracking()
            .Where(g => g.ClientId == clientId && g.RevokedAt == null)
            .Select(g => g.Purpose)
            .ToListAsync(cancellationToken);
        return [.. pack.Exchange.Feeds.Where(f => codes.Contains(f.Code))];
    }

    /// <summary>The sequence a cursor stands for (0 for none: from the start), or null when it is not one of ours.</summary>
    private static long? Position(string? after)
    {
        if (!Cursor.TryDecode(after, out var key))
        {
            return null;
        }

        if (key is null)
        {
            return 0;
        }

        return long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
    }
}
