using System.Text.Json;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Templates;

/// <summary>
/// The checklist versions the platform has served. The pack holds only the current version of each template; every
/// version ever current is kept here, so an inspection started on version 1 is still judged by version 1 after the
/// pack moved to version 2.
/// </summary>
internal sealed class TemplateStore(FieldDbContext db, CountryPack pack)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The pack's current templates.</summary>
    public IReadOnlyList<InspectionTemplate> Current => pack.Field.Templates;

    /// <summary>The version of a template, or null when it was never served.</summary>
    public async Task<InspectionTemplate?> FindAsync(string code, int version, CancellationToken cancellationToken)
    {
        if (pack.Field.Find(code) is { } current && current.Version == version)
        {
            return current;
        }

        var stored = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Code == code && t.Version == version, cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize<InspectionTemplate>(stored.Definition, Json);
    }

    /// <summary>Stores the pack's current versions not stored yet; a version already stored is never rewritten.</summary>
    public async Task StoreCurrentAsync(DateTime now, CancellationToken cancellationToken)
    {
        var codes = Current.Select(t => t.Code).ToList();
        var stored = await db.Templates.Where(t => codes.Contains(t.Code)).Select(t => new { t.Code, t.Version }).ToListAsync(cancellationToken);
        foreach (var template in Current.Where(t => !stored.Contains(new { t.Code, t.Version })))
        {
            db.Templates.Add(new TemplateVersion
            {
                Id = Guid.NewGuid(), Code = template.Code, Version = template.Version, Definition = JsonSerializer.Serialize(template, Json), StoredAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Stores the pack's template versions after every migration, before anyone can start an inspection on them.</summary>
internal sealed class TemplateSeeder(TemplateStore templates, TimeProvider time) : Egov.Platform.Persistence.IDataSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken) => templates.StoreCurrentAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
}
