using Egov.Identity.Acting;
using Egov.Identity.Domain;
using Egov.Identity.Proofing;
using Egov.Identity.Sessions;
using Egov.Platform.Events;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;

namespace Egov.Identity.Data;

/// <summary>
/// Accounts (ASP.NET Core Identity), the OpenID Connect provider's applications, authorizations and tokens
/// (OpenIddict), and the provider's keys. Derives from Identity's context for its model, so it applies the
/// module rules through <see cref="ModuleModel"/>.
/// </summary>
[ModuleSchema("identity")]
internal abstract class IdentityModuleDbContext(DbContextOptions options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options), IModuleDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    public DbSet<InboxEntry> InboxEntries => Set<InboxEntry>();

    public DbSet<OidcKey> OidcKeys => Set<OidcKey>();

    public DbSet<ProofingAttempt> ProofingAttempts => Set<ProofingAttempt>();
    public DbSet<PowerOfAttorney> PowersOfAttorney => Set<PowerOfAttorney>();

    public DbSet<AccountSession> Sessions => Set<AccountSession>();

    // Identity picks its table layout from IdentityOptions in the application's services. Design time has
    // none, so it gets the same options as the host (schema version 3, with passkeys): migrations must match.
    private static readonly IServiceProvider DesignTimeServices = new ServiceCollection()
        .AddOptions()
        .Configure<IdentityOptions>(IdentityModule.ConfigureIdentity)
        .BuildServiceProvider();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(DesignTimeServices);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("oidc_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("oidc_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("oidc_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("oidc_tokens");
        builder.Entity<Account>(b =>
        {
            b.ToTable("accounts");
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(a => a.DisplayName).HasMaxLength(200);
            b.HasIndex(a => a.ResidentId);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("account_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("account_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("account_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("account_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<IdentityUserPasskey<Guid>>().ToTable("account_passkeys");
        builder.Entity<OidcKey>(b =>
        {
            b.ToTable("oidc_keys");
            b.Property(k => k.Id).HasMaxLength(32);
            b.Property(k => k.Use).HasConversion<string>().HasMaxLength(16);
        });
        builder.Entity<ProofingAttempt>(b =>
        {
            b.ToTable("proofing_attempts");
            b.Property(a => a.CodeHash).HasMaxLength(64);
            b.Property(a => a.MaskedPhone).HasMaxLength(32);
            // The per-resident sending limit counts a resident's recent attempts.
            b.HasIndex(a => new { a.ResidentId, a.CreatedAt });
        });
        builder.Entity<PowerOfAttorney>(b =>
        {
            b.ToTable("powers_of_attorney");
            b.Property(p => p.Services).IsRequired();
            // The agent's list of whom they may act for is read on every acting request.
            b.HasIndex(p => new { p.AgentResidentId, p.ValidUntil });
            b.HasIndex(p => p.GrantorResidentId);
        });
        builder.Entity<AccountSession>(b =>
        {
            b.ToTable("sessions");
            b.Property(x => x.Device).HasMaxLength(DeviceLabel.MaxLength);
            b.Property(x => x.SourceNetwork).HasMaxLength(64);
            b.Property(x => x.Methods).HasMaxLength(AccountSession.MethodsLength);
            b.Property(x => x.Level).HasMaxLength(64);
            b.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(32);
            // "My sessions" reads one account's rows; the sweep deletes by start. Nothing indexes last_seen_at,
            // written once a minute per live session, so PostgreSQL can update it in place (HOT updates).
            b.HasIndex(x => new { x.AccountId, x.StartedAt });
            b.HasIndex(x => x.StartedAt);
        });
        ModuleModel.Configure(builder, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ConfigureConventions(configurationBuilder);
}

internal sealed class IdentitySqliteDbContext(DbContextOptions<IdentitySqliteDbContext> options) : IdentityModuleDbContext(options);

internal sealed class IdentityPostgresDbContext(DbContextOptions<IdentityPostgresDbContext> options) : IdentityModuleDbContext(options);
