using Egov.Notifications.Data;
using Egov.Notifications.Domain;
using Egov.Platform.Packs;
using Microsoft.EntityFrameworkCore;

namespace Egov.Notifications.Settings;

/// <summary>Reads and saves a person's preferences; topics the pack no longer lists are dropped on save.</summary>
internal sealed class NotificationSettings(NotificationsDbContext db, CountryPack pack, TimeProvider time)
{
    /// <summary>The person's preferences, or the defaults (inbox only, the page's language) when they saved none.</summary>
    public async Task<Preferences> OfAsync(Guid residentId, string language, CancellationToken cancellationToken) =>
        await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.ResidentId == residentId, cancellationToken)
        ?? new Preferences { ResidentId = residentId, Language = language };

    public async Task SaveAsync(Guid residentId, Preferences chosen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var stored = await db.Preferences.FirstOrDefaultAsync(p => p.ResidentId == residentId, cancellationToken);
        if (stored is null)
        {
            stored = new Preferences { ResidentId = residentId };
            db.Preferences.Add(stored);
        }

        stored.Language = pack.Languages.Contains(chosen.Language) ? chosen.Language : pack.DefaultLanguage;
        stored.Email = chosen.Email;
        stored.Phone = chosen.Phone;
        stored.MessengerApp = chosen.MessengerAddress is null ? null : chosen.MessengerApp;
        stored.MessengerAddress = chosen.MessengerApp is null ? null : chosen.MessengerAddress;
        (stored.QuietFrom, stored.QuietUntil) = chosen.QuietFrom is { } from && chosen.QuietUntil is { } until && from != until ? (from, until) : ((TimeOnly?)null, (TimeOnly?)null);
        stored.MutedTopics = [.. chosen.MutedTopics.Where(t => pack.Notifications.Find(t) is not null).Distinct()];
        stored.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
