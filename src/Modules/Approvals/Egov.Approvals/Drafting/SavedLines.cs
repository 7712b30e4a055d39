using System.Text.Json;
using Egov.Approvals.Data;
using Egov.Approvals.Domain;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Drafting;

/// <summary>An official's saved lines (개인 결재선): the co-approvals and copies they add again and again, by name.</summary>
internal sealed class SavedLines(ApprovalsDbContext db, TimeProvider time)
{
    public const int MaxPerOfficial = 30;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(string owner, CancellationToken cancellationToken) =>
        (await db.SavedLines.AsNoTracking().Where(l => l.OwnerNumber == owner).OrderBy(l => l.Name)
            .Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken)).Select(l => (l.Id, l.Name)).ToList();

    /// <summary>The owner's line with that id, or null (another official's line is as absent as none).</summary>
    public async Task<LineChoices?> FindAsync(string owner, Guid id, CancellationToken cancellationToken)
    {
        var line = await db.SavedLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.OwnerNumber == owner, cancellationToken);
        return line is null ? null : JsonSerializer.Deserialize<LineChoices>(line.Choices, Json);
    }

    /// <summary>Saves the choices under the name, replacing the owner's line of that name; false when they have too many.</summary>
    public async Task<bool> SaveAsync(string owner, string name, LineChoices choices, CancellationToken cancellationToken)
    {
        var existing = await db.SavedLines.Where(l => l.OwnerNumber == owner).ToListAsync(cancellationToken);
        if (existing.FirstOrDefault(l => l.Name == name) is { } same)
        {
            db.SavedLines.Remove(same);
        }
        else if (existing.Count >= MaxPerOfficial)
        {
            return false;
        }

        db.SavedLines.Add(SavedLine.Create(owner, name, JsonSerializer.Serialize(choices, Json), time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
