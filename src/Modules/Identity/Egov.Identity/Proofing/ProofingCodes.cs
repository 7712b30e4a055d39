using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Egov.Identity.Data;
using Egov.Identity.Oidc;
using Egov.Platform.Notifications;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Proofing;

/// <summary>
/// Identity proofing by identifier + name + a one-time code to the phone on record. Whether the details match
/// a resident or not, the caller gets an attempt and a masked phone, and the same work is done up to the
/// sending (queued, so the gateway's delay does not show): nothing tells a stranger that a resident exists.
/// </summary>
internal sealed class ProofingCodes(
    IdentityModuleDbContext db, IResidentDirectory residents, CountryPack pack, SmsQueue sms, OidcSecrets secrets,
    IStringLocalizer texts, TimeProvider time)
{
    public const int CodeDigits = 6;

    /// <summary>NIST SP 800-63B: a short code must expire quickly and allow few guesses.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    public const int MaxTries = 5;

    /// <summary>Codes sent to one resident per hour: more would let anyone flood a person's phone.</summary>
    public const int CodesPerResidentPerHour = 5;

    /// <summary>Time to choose an ID and password after the code proved the phone.</summary>
    public static readonly TimeSpan ProofLifetime = TimeSpan.FromMinutes(15);

    public static readonly DataPurpose Purpose = new("system:identity", "identity.proofing", "identity proofing requested by the person");

    private byte[] Secret => secrets.GetOrCreate("proofing-1", OidcKeyUse.Proofing, () => RandomNumberGenerator.GetBytes(32));

    /// <summary>Starts an attempt for the details as typed; returns its id.</summary>
    public async Task<Guid> StartAsync(string identifier, string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var contact = await residents.FindContactAsync(identifier, name, Purpose, cancellationToken);
        var phone = contact?.Phone;
        var residentId = contact?.Resident.Id.Value;
        // Counted for unknown details too (the decoys), so both paths do the same work.
        var recentCodes = await db.ProofingAttempts.CountAsync(
            a => a.ResidentId == residentId && a.CreatedAt > now.AddHours(-1), cancellationToken);
        var real = phone is not null && recentCodes < CodesPerResidentPerHour;

        var code = RandomNumberGenerator.GetInt32(0, (int)Math.Pow(10, CodeDigits)).ToString($"D{CodeDigits}", CultureInfo.InvariantCulture);
        var attempt = new ProofingAttempt
        {
            Id = Guid.NewGuid(),
            ResidentId = real ? residentId : null,
            // A decoy's hash is of a code nobody was sent. A resident past the limit still sees their own phone
            // (a changed mask would tell that the details are real); unknown details show a mask derived from
            // them, so the same details always show the same phone.
            CodeHash = Hash(real ? code : Guid.NewGuid().ToString()),
            MaskedPhone = phone is not null ? PhoneFormat?.Mask(phone) ?? "" : DecoyMask(identifier, name),
            CreatedAt = now,
            ExpiresAt = now + CodeLifetime,
        };
        db.ProofingAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        if (real)
        {
            var text = string.Format(CultureInfo.CurrentCulture, texts["identity.proofing.sms"], texts["pack.serviceName"], code, (int)CodeLifetime.TotalMinutes);
            sms.Enqueue(new SmsMessage(phone!, text));
        }

        return attempt.Id;
    }

    /// <summary>
    /// Checks a code. Tries are counted and the code is spent with single conditional updates, so two host
    /// copies answering at once can neither exceed the tries nor accept one code twice.
    /// </summary>
    public async Task<CodeCheck> CheckAsync(Guid attemptId, string code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var attempt = await db.ProofingAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId, cancellationToken);
        if (attempt is null)
        {
            return CodeCheck.NoAttempt;
        }

        if (attempt.VerifiedAt is not null)
        {
            return CodeCheck.AlreadyUsed;
        }

        if (attempt.ExpiresAt <= now)
        {
            return CodeCheck.Expired;
        }

        var counted = await db.ProofingAttempts
            .Where(a => a.Id == attemptId && a.FailedTries < MaxTries && a.VerifiedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedTries, a => a.FailedTries + 1), cancellationToken);
        if (counted == 0)
        {
            return CodeCheck.TooManyTries;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code.Trim())), Encoding.ASCII.GetBytes(attempt.CodeHash)))
        {
            return attempt.FailedTries + 1 >= MaxTries ? CodeCheck.TooManyTries : CodeCheck.Wrong;
        }

        var spent = await db.ProofingAttempts
            .Where(a => a.Id == attemptId && a.VerifiedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.VerifiedAt, now), cancellationToken);
        return spent == 1 ? CodeCheck.Verified : CodeCheck.AlreadyUsed;
    }

    /// <summary>The resident an attempt proved, while the proof is fresh and unused; null otherwise.</summary>
    public async Task<ProofingAttempt?> ProvedAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var attempt = await db.ProofingAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId, cancellationToken);
        return attempt is { ResidentId: not null, VerifiedAt: { } verified, CompletedAt: null } && verified + ProofLifetime > now ? attempt : null;
    }

    /// <summary>Marks a proof used; false when another request used it first.</summary>
    public async Task<bool> SpendProofAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.ProofingAttempts.Where(a => a.Id == attemptId && a.CompletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CompletedAt, now), cancellationToken) == 1;
    }

    public async Task<string?> MaskedPhoneAsync(Guid attemptId, CancellationToken cancellationToken) =>
        await db.ProofingAttempts.Where(a => a.Id == attemptId).Select(a => a.MaskedPhone).SingleOrDefaultAsync(cancellationToken);

    private PersonIdentifierFormat? PhoneFormat =>
        pack.People?.Phone is { } phone ? pack.Identifiers.GetValueOrDefault(phone.Identifier) : null;

    /// <summary>Keyed on the details as the register would read them, so typing them another way shows the same decoy.</summary>
    private string DecoyMask(string identifier, string name)
    {
        var number = pack.People is { } people && pack.Identifiers.GetValueOrDefault(people.Identifier)?.Validate(identifier).Normalized is { } normalized
            ? normalized
            : identifier.Trim();
        var seed = HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes($"decoy|{number}|{name.Trim().Normalize(NormalizationForm.FormC)}"));
        return PhoneFormat?.DecoyMask(pack.People!.Phone!.Example, seed) ?? "";
    }

    private string Hash(string code) => Convert.ToHexStringLower(HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes(code)));
}
