using Egov.Approvals.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Approvals.Data;

/// <summary>
/// Official documents with their revisions, approval lines and history; number counters; saved lines; notices;
/// sealed copies; dispatches to recipient agencies.
/// </summary>
[ModuleSchema("approvals")]
internal abstract class ApprovalsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    /// <summary>The SQL of a step being open (pending or held), as EF writes <see cref="ApprovalStep.IsOpen"/>'s test in a query.</summary>
    internal const string OpenStepsFilter = "state IN ('Pending', 'Held')";

    public DbSet<ApprovalDocument> Documents => Set<ApprovalDocument>();

    public DbSet<ApprovalStep> Steps => Set<ApprovalStep>();

    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();

    public DbSet<SavedLine> SavedLines => Set<SavedLine>();

    public DbSet<OfficialNotice> OfficialNotices => Set<OfficialNotice>();

    public DbSet<SealedCopy> SealedCopies => Set<SealedCopy>();

    public DbSet<Dispatch> Dispatches => Set<Dispatch>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NumberCounter>(b =>
        {
            b.ToTable("number_counters");
            b.HasKey(c => new { c.AgencyCode, c.Classification, c.Year });
            b.Property(c => c.AgencyCode).HasMaxLength(32);
            b.Property(c => c.Classification).HasMaxLength(64);
        });
        modelBuilder.Entity<ApprovalDocument>(b =>
        {
            b.ToTable("documents");
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.AgencyCode).HasMaxLength(32);
            b.Property(d => d.DrafterNumber).HasMaxLength(64);
            b.Property(d => d.DrafterName).HasMaxLength(200);
            b.Property(d => d.DocumentType).HasMaxLength(64);
            b.Property(d => d.Amount).HasPrecision(18, 2);
            b.Property(d => d.Classification).HasMaxLength(64);
            b.Property(d => d.Retention).HasMaxLength(64);
            b.Property(d => d.Title).HasMaxLength(500);
            b.Property(d => d.Recipients).HasMaxLength(2000);
            b.PrimitiveCollection(d => d.RecipientAgencies);
            b.Property(d => d.Via).HasMaxLength(500);
            b.Property(d => d.AuthorityRule).HasMaxLength(500);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.Number).HasMaxLength(100);
            b.Property(d => d.SourceClient).HasMaxLength(200);
            b.Property(d => d.SourceKey).HasMaxLength(200);
            b.Property(d => d.Version).IsConcurrencyToken();
            b.Ignore(d => d.Latest);
            b.Ignore(d => d.CurrentLine);
            b.Ignore(d => d.FinalStep);
            b.Ignore(d => d.Drafter);
            // A number is given once per agency; a linked system's retried submission finds its document again.
            b.HasIndex(d => new { d.AgencyCode, d.Number }).IsUnique();
            b.HasIndex(d => new { d.SourceClient, d.SourceKey }).IsUnique();
            b.HasIndex(d => new { d.DrafterNumber, d.Status, d.UpdatedAt });
            b.HasIndex(d => new { d.Status, d.Retention, d.ApprovedAt });
            // The records view (an agency's approved documents by retention) and the public list (newest first).
            b.HasIndex(d => new { d.AgencyCode, d.Status, d.ApprovedAt });
            b.HasIndex(d => new { d.IsPublic, d.Status, d.ApprovedAt });
            b.HasMany(d => d.Revisions).WithOne().HasForeignKey(r => r.DocumentId);
            b.HasMany(d => d.Steps).WithOne().HasForeignKey(s => s.DocumentId);
            b.HasMany(d => d.Entries).WithOne().HasForeignKey(e => e.DocumentId);
            b.Navigation(d => d.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Navigation(d => d.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Navigation(d => d.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<DocumentRevision>(b =>
        {
            b.ToTable("revisions");
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Title).HasMaxLength(500);
            b.Property(r => r.Attachments).HasMaxLength(4000);
            b.Property(r => r.AuthorNumber).HasMaxLength(64);
            b.Ignore(r => r.Body);
            b.HasIndex(r => new { r.DocumentId, r.Number }).IsUnique();
        });
        modelBuilder.Entity<ApprovalStep>(b =>
        {
            b.ToTable("steps");
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.AssigneeNumber).HasMaxLength(64);
            b.Property(s => s.AssigneeName).HasMaxLength(200);
            b.Property(s => s.StandInNumber).HasMaxLength(64);
            b.Property(s => s.ActedByNumber).HasMaxLength(64);
            b.Property(s => s.ActedByName).HasMaxLength(200);
            b.Property(s => s.Opinion).HasMaxLength(4000);
            b.Ignore(s => s.Spec);
            b.Ignore(s => s.IsOpen);
            b.Ignore(s => s.HasActed);
            // The inbox: an official's steps by state, the steps they stand in for, the steps they acted on.
            b.HasIndex(s => new { s.AssigneeNumber, s.State });
            b.HasIndex(s => new { s.StandInNumber, s.State });
            b.HasIndex(s => new { s.ActedByNumber, s.State });
            // "To approve", newest arrival first: only the open steps, in arrival order, so a page reads its 50 entries
            // however many wait. The filter is the SQL EF writes for InboxQueries' "open" condition, so both servers use it.
            b.HasIndex(s => new { s.AssigneeNumber, s.OpenedAt, s.Id }).HasFilter(OpenStepsFilter);
            b.HasIndex(s => new { s.StandInNumber, s.OpenedAt, s.Id }).HasFilter(OpenStepsFilter);
        });
        modelBuilder.Entity<DocumentEntry>(b =>
        {
            b.ToTable("entries");
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.ActorNumber).HasMaxLength(64);
            b.Property(e => e.ActorName).HasMaxLength(200);
            b.Property(e => e.ForNumber).HasMaxLength(64);
            b.Property(e => e.Opinion).HasMaxLength(4000);
            b.HasIndex(e => new { e.DocumentId, e.Sequence }).IsUnique();
        });
        modelBuilder.Entity<SavedLine>(b =>
        {
            b.ToTable("saved_lines");
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.OwnerNumber).HasMaxLength(64);
            b.Property(l => l.Name).HasMaxLength(100);
            b.HasIndex(l => l.OwnerNumber);
        });
        modelBuilder.Entity<OfficialNotice>(b =>
        {
            b.ToTable("official_notices");
            b.Property(n => n.Id).ValueGeneratedNever();
            b.Property(n => n.OfficialNumber).HasMaxLength(64);
            b.Property(n => n.Action).HasConversion<string>().HasMaxLength(16);
            b.Property(n => n.ActorName).HasMaxLength(200);
            b.HasIndex(n => new { n.OfficialNumber, n.CreatedAt });
        });
        modelBuilder.Entity<Dispatch>(b =>
        {
            b.ToTable("dispatches");
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.FromAgencyCode).HasMaxLength(32);
            b.Property(d => d.ToAgencyCode).HasMaxLength(32);
            b.Property(d => d.DocumentNumber).HasMaxLength(100);
            b.Property(d => d.Title).HasMaxLength(500);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.AssignedByNumber).HasMaxLength(64);
            b.Property(d => d.RegisteredByNumber).HasMaxLength(64);
            b.Property(d => d.RegisteredByName).HasMaxLength(200);
            b.Property(d => d.ReceiptNumber).HasMaxLength(100);
            b.Property(d => d.Version).IsConcurrencyToken();
            b.HasOne<ApprovalDocument>().WithMany().HasForeignKey(d => d.DocumentId);
            // One dispatch per recipient; the receiving agency's lists by state and by department; receipt numbers unique.
            b.HasIndex(d => new { d.DocumentId, d.ToAgencyCode }).IsUnique();
            b.HasIndex(d => new { d.ToAgencyCode, d.Status, d.SentAt });
            b.HasIndex(d => new { d.ToAgencyCode, d.DepartmentId, d.Status });
            b.HasIndex(d => new { d.ToAgencyCode, d.ReceiptNumber }).IsUnique();
        });
        modelBuilder.Entity<SealedCopy>(b =>
        {
            b.ToTable("sealed_copies");
            b.HasKey(c => c.DocumentId);
            b.HasOne<ApprovalDocument>().WithOne().HasForeignKey<SealedCopy>(c => c.DocumentId);
        });
    }
}

internal sealed class ApprovalsSqliteDbContext(DbContextOptions<ApprovalsSqliteDbContext> options) : ApprovalsDbContext(options);

internal sealed class ApprovalsPostgresDbContext(DbContextOptions<ApprovalsPostgresDbContext> options) : ApprovalsDbContext(options);

internal sealed class ApprovalsSqliteDesignTimeFactory : DesignTimeFactory<ApprovalsSqliteDbContext>;

internal sealed class ApprovalsPostgresDesignTimeFactory : DesignTimeFactory<ApprovalsPostgresDbContext>;
