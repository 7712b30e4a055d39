using Egov.Identity.Contracts;
using System.Security.Claims;
using Egov.Platform.Audit;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Egov.Registries.Exchange;

/// <summary>
/// Writes every exchange request about a person to the audit chain under <c>resident:&lt;id&gt;</c> (granted:
/// <see cref="ReadAction"/>, refused: <see cref="DeniedAction"/>, a feed's event: <see cref="FeedAction"/>), so
/// the person's log lists them all, and keeps the client's name and the fields sent beside it. A request that
/// identifies nobody is logged under no resident: it discloses nothing, but a run of them is someone probing numbers.
/// </summary>
internal sealed class ExchangeLog(RegistriesDbContext db, IAuditLog audit, TimeProvider time)
{
    public const string ReadAction = "registries.exchange.read";
    public const string DeniedAction = "registries.exchange.denied";
    public const string UnmatchedAction = "registries.exchange.unmatched";

    /// <summary>The audit chain's limit for a purpose or a legal basis.</summary>
    private const int TextLimit = 300;

    public async Task RecordAsync(
        ClientCaller caller, Guid? resident, string purpose, string? legalBasis, string outcome, IReadOnlyList<string> fields,
        CancellationToken cancellationToken)
    {
        var action = resident is null ? UnmatchedAction : outcome == ExchangeOutcome.Read ? ReadAction : DeniedAction;
        // A refusal under no resident is still a refusal; "unmatched" is only a permitted question about nobody.
        if (resident is null && outcome != ExchangeOutcome.Unmatched)
        {
            action = DeniedAction;
        }

        var subject = resident is { } id ? $"resident:{id}" : "resident:none";
        purpose = Cut(purpose, 100)!;
        legalBasis = Cut(legalBasis, TextLimit);
        var sequence = await audit.AppendAsync(new AuditRecord(caller.Reference, action, subject, Purpose: purpose, LegalBasis: legalBasis), cancellationToken);
        AddAccess(caller, sequence, resident, purpose, legalBasis, outcome, string.Join(' ', fields));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The audit action of a feed's event released about a person (<c>registries.exchange.feed.move_in</c>).</summary>
    public static string FeedAction(string kind) => $"registries.exchange.feed.{kind}";

    /// <summary>
    /// Logs every person a page of <paramref name="feed"/> identified, each under the event's kind, with the feed's
    /// legal basis and the fields sent (<c>kind.field</c>). One page is one batch: the audit chain appends it in one
    /// transaction and the rows go in one save, not one of each per person.
    /// </summary>
    public async Task RecordReleasesAsync(
        ClientCaller caller, ExchangeFeed feed, IReadOnlyList<(Guid Resident, string Kind)> releases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(releases);
        if (releases.Count == 0)
        {
            return;
        }

        var purpose = Cut(feed.Code, 100)!;
        var legalBasis = Cut(feed.LegalBasis, TextLimit);
        var sequences = await audit.AppendManyAsync(
            [.. releases.Select(r => new AuditRecord(caller.Reference, FeedAction(r.Kind), $"resident:{r.Resident}", Purpose: purpose, LegalBasis: legalBasis))],
            cancellationToken);
        for (var i = 0; i < releases.Count; i++)
        {
            var kind = releases[i].Kind;
            AddAccess(caller, sequences[i], releases[i].Resident, purpose, legalBasis, ExchangeOutcome.Read, string.Join(' ', feed.Fields.Select(f => $"{kind}.{f.Name}")));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddAccess(ClientCaller caller, long sequence, Guid? resident, string purpose, string? legalBasis, string outcome, string fields) =>
        db.ExchangeAccesses.Add(new ExchangeAccess
        {
            Id = Guid.CreateVersion7(),
            AuditSequence = sequence,
            At = time.GetUtcNow().UtcDateTime,
            ResidentId = resident,
            ClientId = caller.ClientId,
            ClientName = Cut(caller.Name, 200)!,
            Purpose = purpose,
            LegalBasis = legalBasis,
            Outcome = outcome,
            Fields = fields,
        });

    private static string? Cut(string? text, int length) => text is { Length: var n } && n > length ? text[..length] : text;
}
