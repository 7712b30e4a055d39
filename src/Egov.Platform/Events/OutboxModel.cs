using Microsoft.EntityFrameworkCore;

namespace Egov.Platform.Events;

internal static class OutboxModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(300);
            // The dispatcher's scan: unprocessed messages due now, oldest first.
            b.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
        });
        modelBuilder.Entity<OutboxDelivery>(b =>
        {
            b.ToTable("outbox_deliveries");
            b.HasKey(d => new { d.MessageId, d.Handler });
            b.Property(d => d.Handler).HasMaxLength(300);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(d => d.Status);
        });
        modelBuilder.Entity<InboxEntry>(b =>
        {
            b.ToTable("inbox");
            b.HasKey(i => new { i.MessageId, i.Handler });
            b.Property(i => i.Handler).HasMaxLength(300);
        });
    }
}
