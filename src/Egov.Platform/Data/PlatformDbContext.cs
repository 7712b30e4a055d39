using Egov.Platform.Audit;
using Egov.Platform.Jobs;
using Egov.Platform.Keys;
using Egov.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Data;

/// <summary>The platform's own tables: audit chain, job runs, data-protection keys and signing keys (shared by every host copy).</summary>
[ModuleSchema("platform")]
public abstract class PlatformDbContext(DbContextOptions options) : ModuleDbContext(options), IDataProtectionKeyContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable("audit_entries");
            b.HasKey(e => e.Sequence);
            // Sequence numbers come from the chain (last + 1 under the chain lock), not from the database.
            b.Property(e => e.Sequence).ValueGeneratedNever();
            b.Property(e => e.Actor).HasMaxLength(200);
            b.Property(e => e.OnBehalfOf).HasMaxLength(200);
            b.Property(e => e.Action).HasMaxLength(100);
            b.Property(e => e.Subject).HasMaxLength(300);
            b.Property(e => e.Purpose).HasMaxLength(300);
            b.Property(e => e.LegalBasis).HasMaxLength(300);
            b.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
            b.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
            // A person's "who looked at my data" page: newest first, paged by sequence number (IAuditReader).
            b.HasIndex(e => new { e.Subject, e.Sequence });
        });
        modelBuilder.Entity<JobRun>(b =>
        {
            b.ToTable("job_runs");
            b.HasKey(r => new { r.Job, r.Occurrence });
            b.Property(r => r.Job).HasMaxLength(100);
            b.Property(r => r.Owner).HasMaxLength(200);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<DataProtectionKey>(b => b.ToTable("data_protection_keys"));
        modelBuilder.Entity<StoredKey>(b =>
        {
            b.ToTable("signing_keys");
            // (ring, version) unique: two host copies creating the same version cannot both win.
            b.HasKey(k => new { k.Ring, k.Version });
            b.Property(k => k.Ring).HasMaxLength(64);
            b.Property(k => k.Version).ValueGeneratedNever();
        });
    }
}

/// <summary>The SQLite variant: its own migration set.</summary>
public sealed class PlatformSqliteDbContext(DbContextOptions<PlatformSqliteDbContext> options) : PlatformDbContext(options);

/// <summary>The PostgreSQL variant: its own migration set.</summary>
public sealed class PlatformPostgresDbContext(DbContextOptions<PlatformPostgresDbContext> options) : PlatformDbContext(options);
