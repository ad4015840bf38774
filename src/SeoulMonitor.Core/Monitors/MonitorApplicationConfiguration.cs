using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitors;

internal sealed class MonitorApplicationConfiguration : IEntityTypeConfiguration<MonitorApplication>
{
    public void Configure(EntityTypeBuilder<MonitorApplication> builder)
    {
        builder.ToTable("monitor_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(MonitorLimits.NameMaxLength);
        builder.Property(a => a.Email).HasMaxLength(MonitorLimits.EmailMaxLength);
        builder.Property(a => a.Mobile).HasMaxLength(11);
        builder.Property(a => a.ProvinceCode).HasMaxLength(2);
        builder.Property(a => a.District).HasMaxLength(MonitorLimits.RegionNameMaxLength);
        builder.Property(a => a.ConsentSourceAddress).HasMaxLength(MonitorLimits.SourceAddressMaxLength);
        builder.Property(a => a.ConsentUserAgent).HasMaxLength(MonitorLimits.UserAgentMaxLength);
        builder.Property(a => a.StateReason).HasMaxLength(MonitorLimits.ReasonMaxLength);
        builder.Property(a => a.AccessTokenHash).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<ConsentNotice>().WithMany().HasForeignKey(a => a.ConsentNoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.State, a.SubmittedAt });
    }
}
