using System.Data.Common;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Egov.Registries.LifeEvents;

/// <summary>
/// Records a birth (<see cref="BirthRules"/>): a new resident with a number the register issues, living at the
/// reporting parent's household address, linked to each parent, with the life event and one <see cref="ChildBorn"/>.
/// </summary>
internal sealed class BirthRegistration(
    RegistriesDbContext db, LifeEventRecorder recorder, ResidentNumberIssuer issuer, CountryPack pack, TimeProvider time)
{
    /// <summary>The number is chosen under the feed lock, so only an import running at that moment can take it first.</summary>
    private const int MostAttempts = 3;

    public async Task<RecordResult> RecordAsync(BirthReport report, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        report = report with
        {
            Name = Names.Normalize(report.Name ?? ""),
            LatinName = string.IsNullOrWhiteSpace(report.LatinName) ? null : Names.Normalize(report.LatinName),
        };
        var ids = new[] { report.ParentId, report.OtherParentId }.OfType<Guid>().ToList();
        var people = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var parent = people.SingleOrDefault(r => r.Id == report.ParentId);
        var otherParent = people.SingleOrDefault(r => r.Id == report.OtherParentId && r.Id != report.ParentId);
        if (BirthRules.Check(report, parent, otherParent, pack.Today(time)) is { Count: > 0 } violations)
        {
            return RecordResult.Refused([.. violations]);
        }

        var parents = new[] { parent!, otherParent }.OfType<Resident>().ToList();
        if (await AlreadyRegisteredAsync(parents, report, cancellationToken))
        {
            return RecordResult.Refused(new RuleViolation("Name", "registries.rule.duplicateBirth"));
        }

        var address = await db.Households.AsNoTracking().Where(h => h.Id == parent!.HouseholdId)
            .Join(db.Addresses.AsNoTracking(), h => h.AddressId, a => a.Id, (h, a) => a)
            .SingleAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordOnceAsync(report, parents, address, actor, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < MostAttempts && e.InnerException is DbException inner && IsDuplicateNumber(inner))
            {
                // Nothing was written (the transaction rolled back): forget the rows and draw another number.
                db.ChangeTracker.Clear();
            }
        }
    }

    private Task<RecordResult> RecordOnceAsync(
        BirthReport report, List<Resident> parents, Address address, string actor, CancellationToken cancellationToken)
    {
        var parent = parents[0];
        var country = pack.Code.ToUpperInvariant();
        var nationality = BirthRules.Nationality(parent, parents.ElementAtOrDefault(1), country);
        var child = Guid.CreateVersion7();
        return recorder.RecordAsync(
            new LifeEvent
            {
                Kind = LifeEventKind.Birth, ResidentId = child, RelatedResidentId = parent.Id, EffectiveOn = report.BornOn,
                RecordedBy = actor, RegionCode = address.RegionCode,
            },
            async token =>
            {
                var number = await issuer.IssueAsync(report.BornOn, report.Sex, foreign: nationality != country, token);
                db.Residents.Add(new Resident
                {
                    Id = child, NumberCipher = number.Cipher, NumberHash = number.Hash, Name = report.Name, LatinName = report.LatinName,
                    BirthDate = report.BornOn, Sex = report.Sex == Sex.Male ? "male" : "female", Nationality = nationality,
                    Status = ResidentStatus.Alive, RegionCode = address.RegionCode, HouseholdId = parent.HouseholdId,
                    RelationToHead = BirthRules.RelationInHousehold(parent.RelationToHead),
                });
                db.Residences.Add(new Residence { Id = Guid.CreateVersion7(), ResidentId = child, AddressId = address.Id, MovedInOn = report.BornOn });
                db.FamilyLinks.AddRange(parents.Select(p => new FamilyLink
                {
                    Id = Guid.CreateVersion7(), ResidentId = child, RelativeId = p.Id, Relation = FamilyRelation.Parent, Since = report.BornOn,
                }));
            },
            sequence => new ChildBorn(new ResidentId(child), [.. parents.Select(p => new ResidentId(p.Id))], report.BornOn, address.RegionCode, sequence),
            cancellationToken);
    }

    /// <summary>A child of either parent with this name and birth date: the same birth reported twice.</summary>
    private Task<bool> AlreadyRegisteredAsync(List<Resident> parents, BirthReport report, CancellationToken cancellationToken)
    {
        var parentIds = parents.Select(p => p.Id).ToList();
        return db.FamilyLinks.Where(l => parentIds.Contains(l.RelativeId) && l.Relation != FamilyRelation.Spouse)
            .Join(db.Residents, l => l.ResidentId, r => r.Id, (l, r) => r)
            .AnyAsync(r => r.Name == report.Name && r.BirthDate == report.BornOn, cancellationToken);
    }

    /// <summary>The unique index on the number hash refused the row: someone took the number meanwhile.</summary>
    private static bool IsDuplicateNumber(DbException exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } e => e.ConstraintName?.Contains("number_hash", StringComparison.Ordinal) == true,
        // SQLITE_CONSTRAINT_UNIQUE, "UNIQUE constraint failed: registries_residents.number_hash".
        SqliteException { SqliteExtendedErrorCode: 2067 } e => e.Message.Contains("number_hash", StringComparison.Ordinal),
        _ => false,
    };
}
