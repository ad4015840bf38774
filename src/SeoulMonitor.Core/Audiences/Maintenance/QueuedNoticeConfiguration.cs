using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SeoulMonitor.Core.Audiences.Subscribers;

namespace SeoulMonitor.Core.Audiences.Maintenance;

internal sealed class QueuedNoticeConfiguration : IEntityTypeConfiguration<QueuedNotice>
{
    public void Configure(EntityTypeBuilder<QueuedNotice> builder)
    {
        builder.ToTable("queued_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedOnAdd();
        builder.Property(n => n.To).HasMaxLength(AudienceLimits.EmailMaxLength);
        builder.Property(n => n.Subject).HasMaxLength(QueuedNoticeTexts.SubjectMaxLength);
        builder.Property(n => n.Body).HasMaxLength(QueuedNoticeTexts.BodyMaxLength);
        builder.HasIndex(n => new { n.SentAt, n.Id });
        builder.HasIndex(n => n.SubscriberId);
        builder.HasOne<Subscriber>().WithMany().HasForeignKey(n => n.SubscriberId).OnDelete(DeleteBehavior.Cascade);
    }
}
