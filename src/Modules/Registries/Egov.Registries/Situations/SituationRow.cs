using System.Data.Common;
using Egov.Registries.Data;
using Egov.Registries.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Registries.Situations;

/// <summary>The columns of a living resident that a situation starts from (initialised by member, so queries can order by them).</summary>
internal sealed record SituationRow
{
    public Guid Id { get; init; }

    public DateOnly BirthDate { get; init; }

    public required string Sex { get; init; }

    public string? RegionCode { get; init; }

    public Guid? HouseholdId { get; init; }

    /// <summary>The living residents' rows; <see cref="Read"/> reads its columns.</summary>
    public static IQueryable<SituationRow> Living(RegistriesDbContext db) =>
        db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Alive)
            .Select(r => new SituationRow { Id = r.Id, BirthDate = r.BirthDate, Sex = r.Sex, RegionCode = r.RegionCode, HouseholdId = r.HouseholdId });

    /// <summary>Reads the columns of <see cref="Living"/>, in its order.</summary>
    public static readonly Func<DbDataReader, SituationRow> Read = r => new SituationRow
    {
        Id = r.GetGuid(0),
        BirthDate = r.GetFieldValue<DateOnly>(1),
        Sex = r.GetString(2),
        RegionCode = r.IsDBNull(3) ? null : r.GetString(3),
        HouseholdId = r.IsDBNull(4) ? null : r.GetGuid(4),
    };
}
