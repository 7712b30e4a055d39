using Egov.Approvals.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Data;

/// <summary>Official documents with their revisions and approval lines, and the yearly number counters.</summary>
[ModuleSchema("approvals")]
internal abstract class ApprovalsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NumberCounter>(b =>
        {
            b.ToTable("number_counters");
            b.HasKey(c => new { c.AgencyCode, c.Classification, c.Year });
            b.Property(c => c.AgencyCode).HasMaxLength(32);
            b.Property(c => c.Classification).HasMaxLength(64);
        });
    }
}

internal sealed class ApprovalsSqliteDbContext(DbContextOptions<ApprovalsSqliteDbContext> options) : ApprovalsDbContext(options);

internal sealed class ApprovalsPostgresDbContext(DbContextOptions<ApprovalsPostgresDbContext> options) : ApprovalsDbContext(options);

internal sealed class ApprovalsSqliteDesignTimeFactory : DesignTimeFactory<ApprovalsSqliteDbContext>;

internal sealed class ApprovalsPostgresDesignTimeFactory : DesignTimeFactory<ApprovalsPostgresDbContext>;
