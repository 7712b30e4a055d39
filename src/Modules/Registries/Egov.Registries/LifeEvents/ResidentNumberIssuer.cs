using System.Buffers.Binary;
using System.Security.Cryptography;
using Egov.Platform.Packs;
using Egov.Registries.Data;
using Egov.Registries.Population;
using Egov.Registries.Protection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.LifeEvents;

/// <summary>The serial a new number tries at its <paramref name="attempt"/>-th go, below <paramref name="serials"/>.</summary>
internal delegate ulong NumberSerials(ulong serials, int attempt);

/// <summary>A new resident number as the register keeps it: encrypted, and its lookup hash.</summary>
internal sealed record IssuedNumber(byte[] Cipher, byte[] Hash);

/// <summary>
/// Gives a person the register records itself (a newborn) a resident number, composed by the population
/// generator's <see cref="IdentifierFactory"/> from the pack's person identifier, so both make the same numbers.
/// The serial is drawn at random (a number says nothing of when it was issued, and the generator's serials,
/// counted up from 0, are not walked one by one) and a number already registered is skipped. Call it under the
/// feed lock (<see cref="LifeEventRecorder"/>): no other recording can then take the number before the commit;
/// the unique index on the hash stops anyone else (an import).
/// </summary>
internal sealed class ResidentNumberIssuer(RegistriesDbContext db, ResidentNumbers numbers, CountryPack pack, NumberSerials serials)
{
    /// <summary>At the register's density (about 1 % of a day's serials taken) a miss this long means something is wrong.</summary>
    private const int MostAttempts = 64;

    /// <summary>Random serials, from the system's cryptographic generator.</summary>
    public static ulong RandomSerial(ulong serials, int attempt) =>
        BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(sizeof(ulong))) % serials;

    public async Task<IssuedNumber> IssueAsync(DateOnly born, Sex sex, bool foreign, CancellationToken cancellationToken)
    {
        var format = pack.People is { } people
            ? pack.Identifiers[people.Identifier]
            : throw new InvalidOperationException($"pack {pack.Code} names no person identifier (people.identifier): the register cannot number a newborn");
        var factory = new IdentifierFactory(format.Definition, pack.Population?.ForeignNationals.IdentifierValues);
        var series = factory.SeriesFor(born, sex, foreign);
        for (var attempt = 0; attempt < MostAttempts; attempt++)
        {
            var composed = factory.Compose(born, series, serials(factory.Serials, attempt));
            // Kept normalised, as the importer and every look-up write it.
            if (format.Validate(composed) is not { IsValid: true, Normalized: { } number })
            {
                throw new InvalidOperationException($"identifier '{factory.Id}': a composed number fails the pack's own validation");
            }

            var hash = numbers.Hash(number);
            if (!await db.Residents.AnyAsync(r => r.NumberHash == hash, cancellationToken))
            {
                return new IssuedNumber(numbers.Encrypt(number), hash);
            }
        }

        throw new InvalidOperationException($"identifier '{factory.Id}': no free number found for {born:yyyy-MM-dd} in {MostAttempts} attempts");
    }
}
