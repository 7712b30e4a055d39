using Egov.Benefits.Facts;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.Data;

/// <summary>Facts declared for benefit rules.</summary>
[ModuleSchema("benefits")]
internal abstract class BenefitsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<DeclaredFact> Facts => Set<DeclaredFact>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DeclaredFact>(b =>
        {
            b.ToTable("declared_facts");
            // One value per fact and person: a new declaration replaces the old (the audit log keeps the history).
            b.HasKey(f => new { f.ResidentId, f.Fact });
            b.Property(f => f.Fact).HasMaxLength(64);
            b.Property(f => f.Value).HasMaxLength(64);
            b.Property(f => f.DeclaredBy).HasMaxLength(128);
        });
    }
}

internal sealed class BenefitsSqliteDbContext(DbContextOptions<BenefitsSqliteDbContext> options) : BenefitsDbContext(options);

internal sealed class BenefitsPostgresDbContext(DbContextOptions<BenefitsPostgresDbContext> options) : BenefitsDbContext(options);

internal sealed class BenefitsSqliteDesignTimeFactory : DesignTimeFactory<BenefitsSqliteDbContext>;

internal sealed class BenefitsPostgresDesignTimeFactory : DesignTimeFactory<BenefitsPostgresDbContext>;
