using System.Security.Cryptography;
using Egov.Identity.Contracts;
using Egov.Identity.Data;
using Egov.Identity.Oidc;
using Egov.Platform.Audit;
using Egov.Platform.Persistence;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;

namespace Egov.Identity.Partners;

/// <summary>
/// Administrators' changes to partner clients, through OpenIddict's application manager. Each change and its
/// <see cref="PartnerClientChanged"/> event are saved together (the manager saves through the module's
/// DbContext, where the event waits in the outbox), then the audit chain records who did what to which client,
/// and the CSP's list of partner origins is refreshed.
/// </summary>
internal sealed class PartnerClients(
    IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, IdentityModuleDbContext db, IAuditLog audit,
    PartnerRedirectOrigins origins, TimeProvider time)
{
    public async Task<IReadOnlyList<PartnerSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<PartnerSummary>();
        await foreach (var application in applications.ListAsync(cancellationToken: cancellationToken))
        {
            var descriptor = await DescribeAsync(application, cancellationToken);
            list.Add(new(descriptor.ClientId!, descriptor.DisplayName ?? descriptor.ClientId!, descriptor.ClientType!,
                PartnerSubjectTypes.Of(descriptor.Properties), PartnerDescriptors.IsEnabled(descriptor)));
        }

        return [.. list.OrderBy(p => p.ClientId, StringComparer.Ordinal)];
    }

    /// <summary>The registration as the edit form shows it, or null for an unknown client.</summary>
    public async Task<(PartnerForm Form, bool Enabled)?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var descriptor = await DescribeAsync(application, cancellationToken);
        return (PartnerDescriptors.ToForm(descriptor), PartnerDescriptors.IsEnabled(descriptor));
    }

    /// <summary>Registers the partner; the result carries the generated secret (confidential clients), to be shown once.</summary>
    public async Task<PartnerResult> RegisterAsync(PartnerForm form, Guid adminId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = PartnerRules.Check(form, isNew: true).ToList();
        if (errors.Count == 0 && await applications.FindByClientIdAsync(form.ClientId!, cancellationToken) is not null)
        {
            errors.Add(new(nameof(PartnerForm.ClientId), "identity.partners.error.duplicate", form.ClientId!));
        }

        if (errors.Count > 0)
        {
            return new(errors, null);
        }

        var descriptor = new OpenIddictApplicationDescriptor { ClientId = form.ClientId, ClientType = form.ClientType };
        PartnerDescriptors.Apply(form, descriptor, enabled: true);
        var secret = form.ClientType == PartnerForm.Confidential ? NewSecret() : null;
        descriptor.ClientSecret = secret;
        Publish(form.ClientId!, PartnerClientChange.Registered, adminId);
        await applications.CreateAsync(descriptor, cancellationToken);
        await AfterAsync(form.ClientId!, "identity.partner.register", adminId, cancellationToken);
        return new([], secret);
    }

    /// <summary>Names, addresses, grants, scopes and subject type; the client id and type stay as registered.</summary>
    public Task<PartnerResult?> UpdateAsync(string clientId, PartnerForm form, Guid adminId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ChangeAsync(clientId, PartnerClientChange.Updated, "identity.partner.update", adminId, descriptor =>
        {
            form.ClientId = clientId;
            form.ClientType = descriptor.ClientType!;
            var errors = PartnerRules.Check(form, isNew: false);
            if (errors.Count == 0)
            {
                PartnerDescriptors.Apply(form, descriptor, PartnerDescriptors.IsEnabled(descriptor));
            }

            return new PartnerResult(errors, null);
        }, cancellationToken);
    }

    /// <summary>A new secret replaces the old at once (the old one stops working); null for an unknown or public client.</summary>
    public async Task<string?> RotateSecretAsync(string clientId, Guid adminId, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(clientId, PartnerClientChange.SecretRotated, "identity.partner.rotate-secret", adminId, descriptor =>
            descriptor.ClientType == PartnerForm.Confidential
                ? new PartnerResult([], descriptor.ClientSecret = NewSecret())
                : new PartnerResult([new(nameof(PartnerForm.ClientType), "identity.partners.error.publicSecret")], null), cancellationToken);
        return result?.Secret;
    }

    public async Task<bool> SetEnabledAsync(string clientId, bool enabled, Guid adminId, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(clientId, enabled ? PartnerClientChange.Enabled : PartnerClientChange.Disabled,
            enabled ? "identity.partner.enable" : "identity.partner.disable", adminId, descriptor =>
            {
                PartnerDescriptors.SetEnabled(descriptor, enabled);
                return new PartnerResult([], null);
            }, cancellationToken);
        if (result is not null && !enabled)
        {
            // Refresh tokens already out stop working now, not at their expiry.
            var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
            await tokens.RevokeByApplicationIdAsync((await applications.GetIdAsync(application!, cancellationToken))!, cancellationToken);
        }

        return result is not null;
    }

    /// <summary>Deletes the registration with its consents and tokens (OpenIddict removes those with it).</summary>
    public async Task<bool> DeleteAsync(string clientId, Guid adminId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        Publish(clientId, PartnerClientChange.Deleted, adminId);
        await applications.DeleteAsync(application, cancellationToken);
        await AfterAsync(clientId, "identity.partner.delete", adminId, cancellationToken);
        return true;
    }

    private async Task<PartnerResult?> ChangeAsync(
        string clientId, PartnerClientChange change, string action, Guid adminId, Func<OpenIddictApplicationDescriptor, PartnerResult> edit,
        CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var descriptor = await DescribeAsync(application, cancellationToken);
        var result = edit(descriptor);
        if (result.Errors.Count > 0)
        {
            return result;
        }

        Publish(clientId, change, adminId);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        await AfterAsync(clientId, action, adminId, cancellationToken);
        return result;
    }

    private async Task<OpenIddictApplicationDescriptor> DescribeAsync(object application, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        return descriptor;
    }

    // Saved by the manager's next SaveChanges on this same DbContext, in the change's transaction.
    private void Publish(string clientId, PartnerClientChange change, Guid adminId)
    {
        var at = time.GetUtcNow().UtcDateTime;
        db.AddIntegrationEvent(new PartnerClientChanged(clientId, change, adminId, at), at);
    }

    private async Task AfterAsync(string clientId, string action, Guid adminId, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(new AuditRecord($"account:{adminId}", action, $"client:{clientId}"), cancellationToken);
        origins.Invalidate();
    }

    // 256 bits from the platform's CSPRNG; OpenIddict stores only a hash of it.
    private static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}

/// <summary>A partner in the administrators' list.</summary>
internal sealed record PartnerSummary(string ClientId, string DisplayName, string ClientType, PartnerSubjectType SubjectType, bool Enabled);

/// <summary>The mistakes found (nothing written), or the secret to show once.</summary>
internal sealed record PartnerResult(IReadOnlyList<PartnerError> Errors, string? Secret);
