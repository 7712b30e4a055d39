using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.LifeEvents;

/// <summary>
/// The life events an official records, each checked against the registers before anything is written: a
/// death cannot precede a birth, a move needs a known address, a marriage two living unmarried adults who are
/// not parent and child. Dates are the country's (the pack's clock): nothing is recorded for tomorrow.
/// </summary>
internal sealed class RegisterChanges(RegistriesDbContext db, LifeEventRecorder recorder, CountryPack pack, TimeProvider time)
{
    public async Task<RecordResult> DeathAsync(Guid residentId, DateOnly diedOn, string actor, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == residentId, cancellationToken);
        if (Living(resident, "ResidentId") is { } unknown)
        {
            return RecordResult.Refused(unknown);
        }

        if (DateProblem(diedOn, resident!.BirthDate, "DiedOn") is { } wrongDate)
        {
            return RecordResult.Refused(wrongDate);
        }

        // A marriage ends with a spouse's death.
        var marriages = await OpenMarriagesOf(residentId).ToListAsync(cancellationToken);
        return await recorder.RecordAsync(
            new LifeEvent { Kind = LifeEventKind.Death, ResidentId = residentId, EffectiveOn = diedOn, RecordedBy = actor },
            () =>
            {
                resident.Status = ResidentStatus.Deceased;
                resident.DiedOn = diedOn;
                marriages.ForEach(m => m.Until = diedOn);
            },
            sequence => new PersonDied(new ResidentId(residentId), diedOn, sequence),
            cancellationToken);
    }

    /// <summary>
    /// The resident moves in at a registered address: their current stay ends that day, and they join the
    /// household living there (as <paramref name="relationToHead"/>) or, when none does, head a new one.
    /// </summary>
    public async Task<RecordResult> MoveInAsync(
        Guid residentId, Guid addressId, DateOnly movedInOn, string relationToHead, string actor, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == residentId, cancellationToken);
        if (Living(resident, "ResidentId") is { } unknown)
        {
            return RecordResult.Refused(unknown);
        }

        var address = await db.Addresses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == addressId, cancellationToken);
        if (address is null)
        {
            return RecordResult.Refused(new RuleViolation("AddressId", "registries.rule.unknownAddress"));
        }

        var current = await db.Residences.Where(r => r.ResidentId == residentId && r.MovedOutOn == null).ToListAsync(cancellationToken);
        var notBefore = current.Select(r => r.MovedInOn).Append(resident!.BirthDate).Max();
        if (DateProblem(movedInOn, notBefore, "MovedInOn") is { } wrongDate)
        {
            return RecordResult.Refused(wrongDate with { TextKey = movedInOn < notBefore && notBefore != resident.BirthDate ? "registries.rule.beforeCurrentMove" : wrongDate.TextKey });
        }

        if (current.Any(r => r.AddressId == addressId))
        {
            return RecordResult.Refused(new RuleViolation("AddressId", "registries.rule.alreadyThere"));
        }

        var household = await db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.AddressId == addressId, cancellationToken);
        return await recorder.RecordAsync(
            new LifeEvent { Kind = LifeEventKind.MoveIn, ResidentId = residentId, EffectiveOn = movedInOn, RecordedBy = actor, RegionCode = address.RegionCode },
            () =>
            {
                current.ForEach(r => r.MovedOutOn = movedInOn);
                db.Residences.Add(new Residence { Id = Guid.CreateVersion7(), ResidentId = residentId, AddressId = addressId, MovedInOn = movedInOn });
                if (household is null)
                {
                    household = new Household { Id = Guid.CreateVersion7(), AddressId = addressId, FormedOn = movedInOn };
                    db.Households.Add(household);
                    relationToHead = "head";
                }

                resident.HouseholdId = household.Id;
                resident.RelationToHead = relationToHead;
                resident.RegionCode = address.RegionCode;
            },
            sequence => new AddressChanged(new ResidentId(residentId), address.RegionCode, movedInOn, sequence),
            cancellationToken);
    }

    public async Task<RecordResult> MarriageAsync(Guid first, Guid second, DateOnly marriedOn, string actor, CancellationToken cancellationToken)
    {
        var people = await db.Residents.AsNoTracking().Where(r => r.Id == first || r.Id == second).ToListAsync(cancellationToken);
        var one = people.SingleOrDefault(r => r.Id == first);
        var other = people.SingleOrDefault(r => r.Id == second);
        var violations = new List<RuleViolation>();
        if (first == second)
        {
            return RecordResult.Refused(new RuleViolation("SpouseId", "registries.rule.samePerson"));
        }

        violations.AddRange(new[] { Living(one, "ResidentId"), Living(other, "SpouseId") }.OfType<RuleViolation>());
        if (violations.Count > 0)
        {
            return RecordResult.Refused([.. violations]);
        }

        if (DateProblem(marriedOn, one!.BirthDate > other!.BirthDate ? one.BirthDate : other.BirthDate, "MarriedOn") is { } wrongDate)
        {
            return RecordResult.Refused(wrongDate);
        }

        if (pack.People?.AgeOfMajority is { } majority
            && (Age.InFullYears(one.BirthDate, marriedOn) < majority || Age.InFullYears(other.BirthDate, marriedOn) < majority))
        {
            return RecordResult.Refused(new RuleViolation("MarriedOn", "registries.rule.underage"));
        }

        if (await db.FamilyLinks.AnyAsync(
            l => l.Relation != FamilyRelation.Spouse && ((l.ResidentId == first && l.RelativeId == second) || (l.ResidentId == second && l.RelativeId == first)),
            cancellationToken))
        {
            return RecordResult.Refused(new RuleViolation("SpouseId", "registries.rule.closeRelative"));
        }

        if (await OpenMarriagesOf(first).Concat(OpenMarriagesOf(second)).AnyAsync(cancellationToken))
        {
            return RecordResult.Refused(new RuleViolation("SpouseId", "registries.rule.alreadyMarried"));
        }

        var (low, high) = first.CompareTo(second) < 0 ? (first, second) : (second, first);
        return await recorder.RecordAsync(
            new LifeEvent { Kind = LifeEventKind.Marriage, ResidentId = first, RelatedResidentId = second, EffectiveOn = marriedOn, RecordedBy = actor },
            () => db.FamilyLinks.Add(new FamilyLink { Id = Guid.CreateVersion7(), ResidentId = low, RelativeId = high, Relation = FamilyRelation.Spouse, Since = marriedOn }),
            sequence => new Married(new ResidentId(first), new ResidentId(second), marriedOn, sequence),
            cancellationToken);
    }

    public async Task<RecordResult> DivorceAsync(Guid first, Guid second, DateOnly divorcedOn, string actor, CancellationToken cancellationToken)
    {
        var marriage = await OpenMarriagesOf(first).SingleOrDefaultAsync(l => l.ResidentId == second || l.RelativeId == second, cancellationToken);
        if (marriage is null)
        {
            return RecordResult.Refused(new RuleViolation("SpouseId", "registries.rule.notMarried"));
        }

        if (DateProblem(divorcedOn, marriage.Since ?? DateOnly.MinValue, "DivorcedOn") is { } wrongDate)
        {
            return RecordResult.Refused(wrongDate with { TextKey = divorcedOn < marriage.Since ? "registries.rule.beforeMarriage" : wrongDate.TextKey });
        }

        return await recorder.RecordAsync(
            new LifeEvent { Kind = LifeEventKind.Divorce, ResidentId = first, RelatedResidentId = second, EffectiveOn = divorcedOn, RecordedBy = actor },
            () => marriage.Until = divorcedOn,
            sequence => new Divorced(new ResidentId(first), new ResidentId(second), divorcedOn, sequence),
            cancellationToken);
    }

    public async Task<RecordResult> NameChangeAsync(
        Guid residentId, string name, string? latinName, DateOnly changedOn, string actor, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == residentId, cancellationToken);
        if (Living(resident, "ResidentId") is { } unknown)
        {
            return RecordResult.Refused(unknown);
        }

        // Written as the name search finds it (one space between words, composed form).
        name = Names.Normalize(name ?? "");
        if (name.Length is 0 or > 200)
        {
            return RecordResult.Refused(new RuleViolation("Name", "registries.rule.nameRequired"));
        }

        if (DateProblem(changedOn, resident!.BirthDate, "ChangedOn") is { } wrongDate)
        {
            return RecordResult.Refused(wrongDate);
        }

        return await recorder.RecordAsync(
            new LifeEvent { Kind = LifeEventKind.NameChange, ResidentId = residentId, EffectiveOn = changedOn, RecordedBy = actor },
            () =>
            {
                resident.Name = name;
                resident.LatinName = string.IsNullOrWhiteSpace(latinName) ? resident.LatinName : Names.Normalize(latinName);
            },
            sequence => new NameChanged(new ResidentId(residentId), changedOn, sequence),
            cancellationToken);
    }

    /// <summary>
    /// Corrects a wrongly registered name or Latin name (of the living or the dead): the entry is made right as if
    /// it had always been, and certificates issued from the wrong one are withdrawn by whoever issued them.
    /// </summary>
    public async Task<RecordResult> CorrectionAsync(Guid residentId, string? name, string? latinName, string actor, CancellationToken cancellationToken)
    {
        if (await db.Residents.SingleOrDefaultAsync(r => r.Id == residentId, cancellationToken) is not { } resident)
        {
            return RecordResult.Refused(new RuleViolation("ResidentId", "registries.rule.unknownResident"));
        }

        var correctName = string.IsNullOrWhiteSpace(name) ? resident.Name : Names.Normalize(name);
        var correctLatin = string.IsNullOrWhiteSpace(latinName) ? resident.LatinName : Names.Normalize(latinName);
        var fields = new List<string>();
        if (correctName != resident.Name)
        {
            fields.Add("name");
        }

        if (correctLatin != resident.LatinName)
        {
            fields.Add("latinName");
        }

        if (fields.Count == 0 || correctName.Length > 200 || correctLatin?.Length > 200)
        {
            return RecordResult.Refused(new RuleViolation("Name", "registries.rule.nothingCorrected"));
        }

        var today = pack.Today(time);
        return await recorder.RecordAsync(
            new LifeEvent { Kind = LifeEventKind.Correction, ResidentId = residentId, EffectiveOn = today, RecordedBy = actor },
            () =>
            {
                resident.Name = correctName;
                resident.LatinName = correctLatin;
            },
            sequence => new EntryCorrected(new ResidentId(residentId), fields, today, sequence),
            cancellationToken);
    }

    private IQueryable<FamilyLink> OpenMarriagesOf(Guid residentId) =>
        db.FamilyLinks.Where(l => l.Relation == FamilyRelation.Spouse && l.Until == null && (l.ResidentId == residentId || l.RelativeId == residentId));

    private static RuleViolation? Living(Resident? resident, string field) =>
        resident is null ? new RuleViolation(field, "registries.rule.unknownResident")
        : !resident.IsAlive ? new RuleViolation(field, "registries.rule.notAlive")
        : null;

    /// <summary>An effective date must not come before <paramref name="notBefore"/> (a birth, an earlier move) nor after today in the country.</summary>
    private RuleViolation? DateProblem(DateOnly date, DateOnly notBefore, string field) =>
        date < notBefore ? new RuleViolation(field, "registries.rule.beforeBirth")
        : date > pack.Today(time) ? new RuleViolation(field, "registries.rule.future")
        : null;
}
