using System.Text.Json;
using Egov.Org.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Egov.Org.Data;

/// <summary>Departments, officials' records and their history, leaves, and each agency's delegation table.</summary>
[ModuleSchema("org")]
internal abstract class OrgDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Official> Officials => Set<Official>();

    public DbSet<OfficialEvent> History => Set<OfficialEvent>();

    public DbSet<Leave> Leaves => Set<Leave>();

    public DbSet<DelegationRow> DelegationRows => Set<DelegationRow>();

    public DbSet<DelegationTable> DelegationTables => Set<DelegationTable>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Department>(b =>
        {
            b.ToTable("departments");
            b.Property(d => d.AgencyCode).HasMaxLength(16);
            b.Property(d => d.Code).HasMaxLength(32);
            b.Property(d => d.HeadPostCode).HasMaxLength(32);
            LanguageMap(b.Property(d => d.Names)).HasMaxLength(2000);
            b.HasIndex(d => new { d.AgencyCode, d.Code }).IsUnique();
            b.HasIndex(d => d.ParentId);
        });
        modelBuilder.Entity<Official>(b =>
        {
            b.ToTable("officials");
            b.Property(o => o.EmployeeNumber).HasMaxLength(64);
            b.Property(o => o.Name).HasMaxLength(100);
            b.Property(o => o.AgencyCode).HasMaxLength(16);
            b.Property(o => o.PostCode).HasMaxLength(32);
            b.Property(o => o.GradeCode).HasMaxLength(32);
            b.HasIndex(o => o.EmployeeNumber).IsUnique();
            b.HasIndex(o => o.DepartmentId);
            b.HasIndex(o => o.AgencyCode);
            b.HasOne<Department>().WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<OfficialEvent>(b =>
        {
            b.ToTable("history");
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.PostCode).HasMaxLength(32);
            b.Property(e => e.GradeCode).HasMaxLength(32);
            b.Property(e => e.RecordedBy).HasMaxLength(64);
            b.HasIndex(e => new { e.OfficialId, e.On });
            b.HasOne<Official>().WithMany().HasForeignKey(e => e.OfficialId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Leave>(b =>
        {
            b.ToTable("leaves");
            // Who is away on a day: the stand-in question of every approval.
            b.HasIndex(l => new { l.OfficialId, l.From });
            b.HasOne<Official>().WithMany().HasForeignKey(l => l.OfficialId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Official>().WithMany().HasForeignKey(l => l.DeputyId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<DelegationRow>(b =>
        {
            b.ToTable("delegation_rows");
            b.Property(r => r.AgencyCode).HasMaxLength(16);
            b.Property(r => r.DocumentType).HasMaxLength(32);
            b.Property(r => r.PostCode).HasMaxLength(32);
            b.Property(r => r.MinAmount).HasPrecision(20, 2);
            b.Property(r => r.MaxAmount).HasPrecision(20, 2);
            LanguageMap(b.Property(r => r.Subject)).HasMaxLength(2000);
            b.HasIndex(r => new { r.AgencyCode, r.Position });
        });
        modelBuilder.Entity<DelegationTable>(b =>
        {
            b.ToTable("delegation_tables");
            b.HasKey(t => t.AgencyCode);
            b.Property(t => t.AgencyCode).HasMaxLength(16);
        });
    }

    /// <summary>Texts per language, stored as one JSON object: read whole, never queried by language.</summary>
    private static PropertyBuilder<Dictionary<string, string>> LanguageMap(PropertyBuilder<Dictionary<string, string>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
            new ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key, p.Value)),
                v => new Dictionary<string, string>(v)));
}

internal sealed class OrgSqliteDbContext(DbContextOptions<OrgSqliteDbContext> options) : OrgDbContext(options);

internal sealed class OrgPostgresDbContext(DbContextOptions<OrgPostgresDbContext> options) : OrgDbContext(options);

internal sealed class OrgSqliteDesignTimeFactory : DesignTimeFactory<OrgSqliteDbContext>;

internal sealed class OrgPostgresDesignTimeFactory : DesignTimeFactory<OrgPostgresDbContext>;
