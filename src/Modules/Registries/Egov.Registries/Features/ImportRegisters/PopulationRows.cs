using System.Collections.Concurrent;
using Egov.Platform.Packs;
using Egov.Registries.Domain;
using Egov.Registries.Files;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>Rows of the population files (addresses, households, residents, residences, family links) checked and turned into register rows.</summary>
internal sealed class PopulationRows(ImportContext context)
{
    private static readonly IReadOnlySet<string> Sexes = new HashSet<string>(StringComparer.Ordinal) { "male", "female" };
    private static readonly IReadOnlySet<string> RelationsToHead = new HashSet<string>(StringComparer.Ordinal)
        { "head", "spouse", "child", "child_in_law", "grandchild", "parent", "parent_in_law", "sibling", "other" };

    public object?[]? Address(ImportRow row)
    {
        var id = NewId(row, "address_id", context.Addresses);
        object?[] values = [context.IdOf("address", id), id, row.Region("region_code", context.Regions), row.Optional("postal_code", 16),
            row.Required("road", 200), row.Required("building", 100), row.Optional("detail", 200)];
        return row.Failed ? null : values;
    }

    public object?[]? Household(ImportRow row)
    {
        var id = NewId(row, "household_id", context.Households);
        object?[] values = [context.IdOf("household", id), id,
            context.IdOf("address", row.Reference("address_id", context.Addresses, PopulationFile.Addresses)), row.Date("formed_on")];
        return row.Failed ? null : values;
    }

    /// <summary>Where a resident row holds its number's cipher text, followed by its keyed hash.</summary>
    private const int ResidentNumberSlot = 2;

    public object?[]? Resident(ImportRow row)
    {
        var id = NewId(row, "resident_id", context.Residents);
        var number = ImportContext.Check(context.Person, row.Required("resident_number", 32));
        if (!number.IsValid && number.Error != IdentifierError.Empty)
        {
            row.Fail("resident_number", Reason(number.Error));
        }

        var name = row.Required("name", 200);
        var latinName = row.Optional("latin_name", 200);
        var birthDate = row.Date("birth_date");
        var sex = row.Code("sex", Sexes);
        if (number.IsValid && number.BirthDate is { } encoded && birthDate != default && encoded != birthDate)
        {
            row.Fail("resident_number", "does not agree with birth_date");
        }

        if (number.IsValid && number.Sex is { } encodedSex && sex is not null && (encodedSex == Sex.Male ? "male" : "female") != sex)
        {
            row.Fail("resident_number", "does not agree with sex");
        }

        var nationality = row.Required("nationality", 2);
        if (nationality.Length != 2 || !nationality.All(char.IsAsciiLetterUpper))
        {
            row.Fail("nationality", "not an ISO 3166-1 alpha-2 code (KR)");
        }

        var status = row.Code("status", ResidentStatus.All);
        var diedOn = row.OptionalDate("died_on");
        if ((status == ResidentStatus.Deceased) != diedOn.HasValue)
        {
            row.Fail("died_on", diedOn.HasValue ? "only for a deceased resident" : "required when status is deceased");
        }

        row.NotBefore("died_on", diedOn, birthDate, "birth_date");
        var region = row.Region("region_code", context.Regions, required: false);
        var household = row.Reference("household_id", context.Households, PopulationFile.Households, required: false);
        var relation = row.Code("relation_to_head", RelationsToHead, required: household.HasValue);
        var phone = row.Optional("phone", 20);
        if (phone is not null && context.Phone is { } phoneFormat && !ImportContext.Check(phoneFormat, phone).IsValid)
        {
            row.Fail("phone", "not a phone number in the pack's format (E.164)");
        }

        if (row.Failed || number.Normalized is not { } normalized)
        {
            return null;
        }

        // The number stays in clear in the row until SealNumbers encrypts and hashes the whole batch.
        return [context.IdOf("resident", id), id, normalized, null, name, latinName, birthDate, sex, nationality, status,
            diedOn, region, context.IdOf("household", household), relation, phone];
    }

    /// <summary>
    /// Encrypts and hashes the batch's resident numbers on every core (the cipher and the keyed hash are most of a
    /// resident row's cost), then refuses a number given twice in the batch: the unique index sees only other batches.
    /// </summary>
    public void SealNumbers(ReadBatch batch)
    {
        var rows = batch.Rows;
        var rangeSize = Math.Max(1024, rows.Count / (4 * Environment.ProcessorCount));
        Parallel.ForEach(Partitioner.Create(0, rows.Count, rangeSize), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var number = (string)rows[i][ResidentNumberSlot]!;
                rows[i][ResidentNumberSlot + 1] = context.Numbers.Hash(number);
                rows[i][ResidentNumberSlot] = context.Numbers.Encrypt(number);
            }
        });

        var seen = context.NumbersInBatch;
        for (var i = 0; i < rows.Count; i++)
        {
            var hash = (byte[])rows[i][ResidentNumberSlot + 1]!;
            var key = new UInt128(BitConverter.ToUInt64(hash, 0), BitConverter.ToUInt64(hash, 8));
            if (!seen.TryAdd(key, batch.Lines[i]))
            {
                batch.Errors.Add(new ImportError(batch.File.Name, batch.Lines[i], "resident_number", $"the same number as line {seen[key]}"));
            }
        }
    }

    public object?[]? Residence(ImportRow row)
    {
        var resident = row.Reference("resident_id", context.Residents, PopulationFile.Residents);
        var address = row.Reference("address_id", context.Addresses, PopulationFile.Addresses);
        var movedIn = row.Date("moved_in_on");
        var movedOut = row.OptionalDate("moved_out_on");
        row.NotBefore("moved_out_on", movedOut, movedIn, "moved_in_on");
        return row.Failed ? null : [context.IdOf("residence", row.Line), row.Line, context.IdOf("resident", resident), context.IdOf("address", address), movedIn, movedOut];
    }

    public object?[]? FamilyLink(ImportRow row)
    {
        var resident = row.Reference("resident_id", context.Residents, PopulationFile.Residents);
        var relative = row.Reference("relative_id", context.Residents, PopulationFile.Residents);
        if (resident == relative && resident is not null)
        {
            row.Fail("relative_id", "the resident themself");
        }

        var relation = row.Code("relation", FamilyRelation.All);
        var (since, until) = row.Period("since", "until");

        if (row.Failed)
        {
            return null;
        }

        var child = context.IdOf("resident", resident!.Value);
        var parent = context.IdOf("resident", relative!.Value);
        if (relation != FamilyRelation.Spouse)
        {
            context.ParentLinks.Add(new ParentLink(row.Line, child, parent));
        }

        return [context.IdOf("family-link", row.Line), row.Line, child, parent, relation, since, until];
    }

    /// <summary>The row's own id, which must be new in its file.</summary>
    public static long NewId(ImportRow row, string column, FileIdSet seen)
    {
        var id = row.Id(column);
        if (id > 0 && !seen.Add(id))
        {
            row.Fail(column, "the same id as an earlier row");
        }

        return id;
    }

    private static string Reason(IdentifierError error) => error switch
    {
        IdentifierError.CheckDigit => "check digit does not match",
        IdentifierError.InvalidBirthDate => "the birth date it encodes does not exist",
        IdentifierError.UnknownCentury or IdentifierError.UnknownSex => "the century and sex digit is not one the pack knows",
        _ => "not in the pack's person identifier format",
    };
}
