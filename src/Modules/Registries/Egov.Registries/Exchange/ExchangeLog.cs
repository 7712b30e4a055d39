using Egov.Platform.Audit;
using Egov.Registries.Data;
using Egov.Registries.Domain;

namespace Egov.Registries.Exchange;

/// <summary>A client of the platform's provider as its access token names it.</summary>
/// <param name="ClientId">Its client id.</param>
/// <param name="Name">The name it is registered under (the token's <c>name</c>), what the person reads.</param>
internal sealed record ExchangeCaller(string ClientId, string Name)
{
    /// <summary>The audit chain's actor for a client.</summary>
    public string Reference => $"client:{ClientId}";
}

/// <summary>
/// Writes every exchange request about a person to the audit chain under <c>resident:&lt;id&gt;</c> (granted:
/// <see cref="ReadAction"/>, refused: <see cref="DeniedAction"/>), so the person's log lists both, and keeps
/// the client's name and the fields sent beside it. A request that identifies nobody is logged under no
/// resident: it discloses nothing, but a run of them is someone probing numbers.
/// </summary>
internal sealed class ExchangeLog(RegistriesDbContext db, IAuditLog audit, TimeProvider time)
{
    public const string ReadAction = "registries.exchange.read";
    public const string DeniedAction = "registries.exchange.denied";
    public const string UnmatchedAction = "registries.exchange.unmatched";

    /// <summary>The audit chain's limit for a purpose or a legal basis.</summary>
    private const int TextLimit = 300;

    public async Task RecordAsync(
        ExchangeCaller caller, Guid? resident, string purpose, string? legalBasis, string outcome, IReadOnlyList<string> fields,
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
            Fields = string.Join(' ', fields),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cut(string? text, int length) => text is { Length: var n } && n > length ? text[..length] : text;
}
