using System.Globalization;
using System.Security.Cryptography;
using Egov.Documents.Data;
using Egov.Documents.Domain;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Submitting;

/// <summary>An institution as a citizen picks it: the client id and its registered name in the reader's language.</summary>
internal sealed record RecipientChoice(string ClientId, string Name);

/// <summary>
/// The institutions citizens may send documents to. Each is an OAuth client of the platform's provider (how it
/// fetches what it is sent); registering it here adds the webhook that tells it a document arrived.
/// </summary>
internal sealed class Recipients(DocumentsDbContext db, IPartnerNames partners, IDataProtectionProvider protection, TimeProvider time)
{
    private readonly IDataProtector protector = protection.CreateProtector("Egov.Documents.WebhookSecrets");

    /// <summary>Registers (or re-registers with a new secret) an institution; returns its new webhook secret, shown once. Null when the provider has no such client.</summary>
    public async Task<string?> RegisterAsync(string clientId, Uri webhookUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhookUrl);
        if (await partners.NameAsync(clientId, CultureInfo.InvariantCulture, cancellationToken) is null)
        {
            return null;
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var recipient = await db.Recipients.FindAsync([clientId], cancellationToken);
        if (recipient is null)
        {
            recipient = new Recipient { ClientId = clientId, CreatedAt = time.GetUtcNow().UtcDateTime };
            db.Recipients.Add(recipient);
        }

        recipient.WebhookUrl = webhookUrl.AbsoluteUri;
        recipient.ProtectedSecret = protector.Protect(secret);
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    public async Task<IReadOnlyList<RecipientChoice>> ListAsync(CultureInfo culture, CancellationToken cancellationToken)
    {
        var choices = new List<RecipientChoice>();
        foreach (var clientId in await db.Recipients.AsNoTracking().OrderBy(r => r.ClientId).Select(r => r.ClientId).ToListAsync(cancellationToken))
        {
            // A client deleted from the provider can no longer fetch anything: it is not offered.
            if (await partners.NameAsync(clientId, culture, cancellationToken) is { } name)
            {
                choices.Add(new RecipientChoice(clientId, name));
            }
        }

        return choices;
    }

    public string SecretOf(Recipient recipient) => protector.Unprotect(recipient.ProtectedSecret);
}
