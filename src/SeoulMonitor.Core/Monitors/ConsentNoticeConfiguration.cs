using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitors;

internal sealed class ConsentNoticeConfiguration : IEntityTypeConfiguration<ConsentNotice>
{
    public void Configure(EntityTypeBuilder<ConsentNotice> builder)
    {
        builder.ToTable("consent_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Version).HasMaxLength(MonitorLimits.ConsentVersionMaxLength);
        builder.Property(n => n.Purpose).HasMaxLength(MonitorLimits.ConsentTextMaxLength);
        builder.Property(n => n.ItemsCollected).HasMaxLength(MonitorLimits.ConsentTextMaxLength);
        builder.Property(n => n.RetentionPeriod).HasMaxLength(MonitorLimits.ConsentTextMaxLength);
        builder.Property(n => n.RefusalRight).HasMaxLength(MonitorLimits.ConsentTextMaxLength);
        builder.Property(n => n.RefusalConsequence).HasMaxLength(MonitorLimits.ConsentTextMaxLength);
        builder.Property(n => n.TextSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(n => n.PublishedBy).HasMaxLength(100);
        builder.HasIndex(n => n.Version).IsUnique();
        builder.HasIndex(n => n.PublishedAt);
    }
}
