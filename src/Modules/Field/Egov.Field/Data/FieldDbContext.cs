using Egov.Field.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Field.Data;

/// <summary>Checklist versions, plans and assignments, inspections with their history, photo uploads and corrective orders.</summary>
[ModuleSchema("field")]
internal abstract class FieldDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<TemplateVersion> Templates => Set<TemplateVersion>();

    public DbSet<InspectionPlan> Plans => Set<InspectionPlan>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<AssignedInspector> AssignedInspectors => Set<AssignedInspector>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<InspectionItem> Items => Set<InspectionItem>();

    public DbSet<ItemHistory> History => Set<ItemHistory>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<PhotoUpload> Photos => Set<PhotoUpload>();

    public DbSet<PhotoChunk> PhotoChunks => Set<PhotoChunk>();

    public DbSet<CorrectiveOrder> Orders => Set<CorrectiveOrder>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TemplateVersion>(b =>
        {
            b.ToTable("template_versions");
            b.Property(t => t.Code).HasMaxLength(64);
            b.HasIndex(t => new { t.Code, t.Version }).IsUnique();
        });
        modelBuilder.Entity<InspectionPlan>(b =>
        {
            b.ToTable("plans");
            b.Property(p => p.AgencyCode).HasMaxLength(32);
            b.Property(p => p.TemplateCode).HasMaxLength(64);
            b.Property(p => p.RegionCode).HasMaxLength(32);
            b.Property(p => p.BuildingUse).HasMaxLength(64);
            b.Property(p => p.CreatedBy).HasMaxLength(64);
            b.HasIndex(p => p.ClientId).IsUnique();
            b.HasIndex(p => new { p.AgencyCode, p.Year });
        });
        modelBuilder.Entity<Assignment>(b =>
        {
            b.ToTable("assignments");
            b.Property(a => a.AgencyCode).HasMaxLength(32);
            b.Property(a => a.TemplateCode).HasMaxLength(64);
            b.Property(a => a.BuildingName).HasMaxLength(200);
            b.Property(a => a.Address).HasMaxLength(400);
            b.Property(a => a.RegionCode).HasMaxLength(32);
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            b.Ignore(a => a.Label);
            b.HasIndex(a => new { a.PlanId, a.BuildingId });
            b.HasIndex(a => new { a.AgencyCode, a.Status });
            b.HasMany(a => a.Inspectors).WithOne().HasForeignKey(i => i.AssignmentId);
        });
        modelBuilder.Entity<AssignedInspector>(b =>
        {
            b.ToTable("assigned_inspectors");
            b.HasKey(i => new { i.AssignmentId, i.EmployeeNumber });
            b.Property(i => i.EmployeeNumber).HasMaxLength(64);
            // "My assignments": the inspector's question.
            b.HasIndex(i => i.EmployeeNumber);
        });
        modelBuilder.Entity<Inspection>(b =>
        {
            b.ToTable("inspections");
            b.Property(i => i.TemplateCode).HasMaxLength(64);
            b.Property(i => i.CompletedBy).HasMaxLength(64);
            b.HasIndex(i => i.AssignmentId).IsUnique();
            // The hourly job's question: completed inspections whose report is not drafted yet.
            b.HasIndex(i => new { i.CompletedAt, i.ReportDocumentId });
            b.HasOne<Assignment>().WithMany().HasForeignKey(i => i.AssignmentId);
            b.HasMany(i => i.Items).WithOne().HasForeignKey(i => i.InspectionId);
        });
        modelBuilder.Entity<InspectionItem>(b =>
        {
            b.ToTable("inspection_items");
            b.HasKey(i => new { i.InspectionId, i.ItemCode });
            b.Property(i => i.ItemCode).HasMaxLength(64);
            b.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Reading).HasPrecision(18, 4);
            b.Property(i => i.Note).HasMaxLength(2000);
            b.Property(i => i.RecordedBy).HasMaxLength(64);
            b.Property(i => i.DeviceId).HasMaxLength(100);
        });
        modelBuilder.Entity<ItemHistory>(b =>
        {
            b.ToTable("item_history");
            b.Property(i => i.ItemCode).HasMaxLength(64);
            b.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Reading).HasPrecision(18, 4);
            b.Property(i => i.Note).HasMaxLength(2000);
            b.Property(i => i.RecordedBy).HasMaxLength(64);
            b.Property(i => i.DeviceId).HasMaxLength(100);
            b.HasIndex(i => new { i.InspectionId, i.ItemCode });
        });
        modelBuilder.Entity<Submission>(b =>
        {
            b.ToTable("submissions");
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.SubmittedBy).HasMaxLength(64);
            b.Property(s => s.ContentHash).HasMaxLength(64);
            b.HasIndex(s => s.AssignmentId);
        });
        modelBuilder.Entity<PhotoUpload>(b =>
        {
            b.ToTable("photo_uploads");
            b.Property(p => p.UploadedBy).HasMaxLength(64);
            b.Property(p => p.ItemCode).HasMaxLength(64);
            b.Property(p => p.ContentType).HasMaxLength(100);
            b.Property(p => p.Sha256).HasMaxLength(64);
            b.HasIndex(p => new { p.UploadedBy, p.ClientId }).IsUnique();
            b.HasIndex(p => p.AssignmentId);
        });
        modelBuilder.Entity<PhotoChunk>(b =>
        {
            b.ToTable("photo_chunks");
            b.HasKey(c => new { c.UploadId, c.Offset });
            b.HasOne<PhotoUpload>().WithMany().HasForeignKey(c => c.UploadId);
        });
        modelBuilder.Entity<CorrectiveOrder>(b =>
        {
            b.ToTable("corrective_orders");
            b.Property(o => o.AgencyCode).HasMaxLength(32);
            b.Property(o => o.BuildingLabel).HasMaxLength(400);
            b.Property(o => o.TemplateCode).HasMaxLength(64);
            b.Property(o => o.ItemCode).HasMaxLength(64);
            b.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            // The hourly escalation's question: open orders past their deadline.
            b.HasIndex(o => new { o.Status, o.DueOn });
            b.HasIndex(o => new { o.InspectionId, o.ItemCode }).IsUnique();
            b.HasIndex(o => o.ReinspectionAssignmentId);
        });
    }
}

internal sealed class FieldSqliteDbContext(DbContextOptions<FieldSqliteDbContext> options) : FieldDbContext(options);

internal sealed class FieldPostgresDbContext(DbContextOptions<FieldPostgresDbContext> options) : FieldDbContext(options);

internal sealed class FieldSqliteDesignTimeFactory : DesignTimeFactory<FieldSqliteDbContext>;

internal sealed class FieldPostgresDesignTimeFactory : DesignTimeFactory<FieldPostgresDbContext>;
