using Egov.Documents.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Documents.Data;

/// <summary>Issued certificates, what each attests, and whether it still stands.</summary>
[ModuleSchema("documents")]
internal abstract class DocumentsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<IssuedDocument> Documents => Set<IssuedDocument>();

    public DbSet<DocumentFile> Files => Set<DocumentFile>();

    public DbSet<ShownPerson> ShownPeople => Set<ShownPerson>();

    public DbSet<Verification> Verifications => Set<Verification>();

    public DbSet<Recipient> Recipients => Set<Recipient>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<DocumentRequest> Requests => Set<DocumentRequest>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IssuedDocument>(b =>
        {
            b.ToTable("issued_documents");
            // The database numbers documents in issue order (an identity on both providers; SQLite only
            // auto-increments a primary key): the number is each document's place in the revocation status lists.
            b.HasKey(d => d.Sequence);
            b.Property(d => d.Sequence).ValueGeneratedOnAdd();
            b.HasIndex(d => d.Id).IsUnique();
            // Verification by number: the lookup every verifier makes.
            b.HasIndex(d => d.Number).IsUnique();
            b.Property(d => d.Number).HasMaxLength(19);
            b.Property(d => d.TypeCode).HasMaxLength(64);
            b.Property(d => d.SubjectKind).HasMaxLength(16);
            b.Property(d => d.RequestedAs).HasMaxLength(32);
            b.Property(d => d.Language).HasMaxLength(8);
            b.Property(d => d.Purpose).HasMaxLength(64);
            b.Property(d => d.RevocationReason).HasMaxLength(32);
            // A holder's wallet, newest first.
            b.HasIndex(d => new { d.HolderId, d.IssuedAt });
            // Certificates issued about a property or company.
            b.HasIndex(d => new { d.SubjectKind, d.SubjectId });
            b.Ignore(d => d.IsRevoked);
        });
        modelBuilder.Entity<DocumentFile>(b =>
        {
            b.ToTable("document_files");
            b.HasKey(f => f.Sequence);
            b.Property(f => f.Sequence).ValueGeneratedNever();
            b.HasOne<IssuedDocument>().WithOne().HasForeignKey<DocumentFile>(f => f.Sequence);
        });
        modelBuilder.Entity<ShownPerson>(b =>
        {
            b.ToTable("shown_people");
            b.HasKey(p => new { p.DocumentSequence, p.ResidentId });
            // "Revoke what shows this person" on a register correction.
            b.HasIndex(p => p.ResidentId);
            b.HasOne<IssuedDocument>().WithMany().HasForeignKey(p => p.DocumentSequence);
        });
        modelBuilder.Entity<Verification>(b =>
        {
            b.ToTable("verifications");
            b.Property(v => v.Channel).HasMaxLength(16);
            b.Property(v => v.Verifier).HasMaxLength(128);
            b.Property(v => v.Outcome).HasMaxLength(16);
            // The holder's wallet lists each document's verifications, newest first.
            b.HasIndex(v => new { v.DocumentSequence, v.At });
            b.HasOne<IssuedDocument>().WithMany().HasForeignKey(v => v.DocumentSequence);
        });
        modelBuilder.Entity<Recipient>(b =>
        {
            b.ToTable("recipients");
            b.HasKey(r => r.ClientId);
            b.Property(r => r.ClientId).HasMaxLength(100);
            b.Property(r => r.WebhookUrl).HasMaxLength(2000);
        });
        modelBuilder.Entity<Submission>(b =>
        {
            b.ToTable("submissions");
            b.Property(s => s.ClientId).HasMaxLength(100);
            b.Property(s => s.Purpose).HasMaxLength(64);
            // The wallet lists each document's submissions.
            b.HasIndex(s => s.DocumentSequence);
            b.HasOne<IssuedDocument>().WithMany().HasForeignKey(s => s.DocumentSequence);
            b.HasOne<Recipient>().WithMany().HasForeignKey(s => s.ClientId);
        });
        modelBuilder.Entity<DocumentRequest>(b =>
        {
            b.ToTable("document_requests");
            b.Property(r => r.ClientId).HasMaxLength(100);
            b.Property(r => r.TypeCode).HasMaxLength(64);
            b.Property(r => r.Purpose).HasMaxLength(64);
            b.Property(r => r.Answer).HasMaxLength(16);
            // The person's wallet lists their pending requests.
            b.HasIndex(r => new { r.ResidentId, r.RequestedAt });
            b.HasOne<Recipient>().WithMany().HasForeignKey(r => r.ClientId);
        });
    }
}

internal sealed class DocumentsSqliteDbContext(DbContextOptions<DocumentsSqliteDbContext> options) : DocumentsDbContext(options);

internal sealed class DocumentsPostgresDbContext(DbContextOptions<DocumentsPostgresDbContext> options) : DocumentsDbContext(options);

internal sealed class DocumentsSqliteDesignTimeFactory : DesignTimeFactory<DocumentsSqliteDbContext>;

internal sealed class DocumentsPostgresDesignTimeFactory : DesignTimeFactory<DocumentsPostgresDbContext>;
