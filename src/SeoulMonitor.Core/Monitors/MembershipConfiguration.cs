using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitors;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.StateReason).HasMaxLength(MonitorLimits.ReasonMaxLength);
        builder.Property(m => m.Name).HasMaxLength(MonitorLimits.NameMaxLength);
        builder.Property(m => m.Email).HasMaxLength(MonitorLimits.EmailMaxLength);
        builder.Property(m => m.Mobile).HasMaxLength(11);
        builder.Property(m => m.ProvinceCode).HasMaxLength(2);
        builder.Property(m => m.District).HasMaxLength(MonitorLimits.RegionNameMaxLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.ApplicationId).IsUnique();
        builder.HasIndex(m => m.State);
        builder.HasIndex(m => m.TermEndsOn);
    }
}
