using Egov.Notifications.Domain;
using Egov.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Egov.Notifications.Data;

/// <summary>People's inboxes, the deliveries queued for other channels, and each person's preferences.</summary>
[ModuleSchema("notifications")]
internal abstract class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<InboxNotice> Notices => Set<InboxNotice>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<Preferences> Preferences => Set<Preferences>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxNotice>(b =>
        {
            b.ToTable("notices");
            b.Property(n => n.Topic).HasMaxLength(64);
            b.Property(n => n.Priority).HasConversion<string>().HasMaxLength(16);
            b.Property(n => n.Outcome).HasConversion<string>().HasMaxLength(32);
            b.Property(n => n.Link).HasMaxLength(2000);
            b.Property(n => n.DeduplicationKey).HasMaxLength(200);
            b.Ignore(n => n.Texts);
            // The inbox, newest first; the rate limit counts a person's recent notices.
            b.HasIndex(n => new { n.ResidentId, n.CreatedAt });
            b.HasIndex(n => new { n.ResidentId, n.DeduplicationKey });
        });
        modelBuilder.Entity<Delivery>(b =>
        {
            b.ToTable("deliveries");
            b.Property(d => d.Priority).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.Channel).HasMaxLength(16);
            b.Property(d => d.App).HasMaxLength(32);
            b.Property(d => d.Address).HasMaxLength(320);
            b.Property(d => d.ClaimedBy).HasMaxLength(200);
            b.Property(d => d.LastError).HasMaxLength(500);
            // The job's question ("what is due?") and the officials' queue by status.
            b.HasIndex(d => new { d.Status, d.DueAt });
            b.HasIndex(d => d.NoticeId);
            b.HasIndex(d => new { d.ResidentId, d.CreatedAt });
            b.HasOne<InboxNotice>().WithMany().HasForeignKey(d => d.NoticeId);
        });
        modelBuilder.Entity<Preferences>(b =>
        {
            b.ToTable("preferences");
            b.HasKey(p => p.ResidentId);
            b.Property(p => p.ResidentId).ValueGeneratedNever();
            b.Property(p => p.Language).HasMaxLength(8);
            b.Property(p => p.Email).HasMaxLength(320);
            b.Property(p => p.Phone).HasMaxLength(20);
            b.Property(p => p.MessengerApp).HasMaxLength(32);
            b.Property(p => p.MessengerAddress).HasMaxLength(200);
        });
    }
}

internal sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsPostgresDbContext(DbContextOptions<NotificationsPostgresDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsSqliteDesignTimeFactory : DesignTimeFactory<NotificationsSqliteDbContext>;

internal sealed class NotificationsPostgresDesignTimeFactory : DesignTimeFactory<NotificationsPostgresDbContext>;
