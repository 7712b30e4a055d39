using Egov.Collaboration.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Collaboration.Data;

/// <summary>Comments on other modules' subjects, the texts they had before each edit, and the mentions they made.</summary>
[ModuleSchema("collaboration")]
internal abstract class CollaborationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Mention> Mentions => Set<Mention>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Comment>(b =>
        {
            b.ToTable("comments");
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.SubjectKind).HasMaxLength(64);
            b.Property(c => c.SubjectId).HasMaxLength(64);
            b.Property(c => c.AuthorNumber).HasMaxLength(64);
            b.Property(c => c.AuthorName).HasMaxLength(200);
            b.Property(c => c.Text).HasMaxLength(CommentText.MaxLength);
            // A subject's thread in order: the only way comments are read.
            b.HasIndex(c => new { c.SubjectKind, c.SubjectId, c.CreatedAt });
            b.HasMany(c => c.Revisions).WithOne().HasForeignKey(r => r.CommentId);
            b.Navigation(c => c.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<CommentRevision>(b =>
        {
            b.ToTable("comment_revisions");
            b.HasKey(r => new { r.CommentId, r.Number });
            b.Property(r => r.Text).HasMaxLength(CommentText.MaxLength);
        });
        modelBuilder.Entity<Mention>(b =>
        {
            b.ToTable("mentions");
            b.Property(m => m.Id).ValueGeneratedNever();
            b.Property(m => m.OfficialNumber).HasMaxLength(64);
            b.Property(m => m.OfficialName).HasMaxLength(200);
            b.Property(m => m.AuthorName).HasMaxLength(200);
            b.Property(m => m.SubjectTitle).HasMaxLength(500);
            b.Property(m => m.SubjectLink).HasMaxLength(500);
            // An edit that keeps a name does not notify twice; an official's notices, newest first.
            b.HasIndex(m => new { m.CommentId, m.OfficialNumber }).IsUnique();
            b.HasIndex(m => new { m.OfficialNumber, m.CreatedAt });
            b.HasOne<Comment>().WithMany().HasForeignKey(m => m.CommentId);
        });
    }
}

internal sealed class CollaborationSqliteDbContext(DbContextOptions<CollaborationSqliteDbContext> options) : CollaborationDbContext(options);

internal sealed class CollaborationPostgresDbContext(DbContextOptions<CollaborationPostgresDbContext> options) : CollaborationDbContext(options);

internal sealed class CollaborationSqliteDesignTimeFactory : DesignTimeFactory<CollaborationSqliteDbContext>;

internal sealed class CollaborationPostgresDesignTimeFactory : DesignTimeFactory<CollaborationPostgresDbContext>;
