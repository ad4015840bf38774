using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.ToTable("participations");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.StateReason).HasMaxLength(MonitoringLimits.ReasonMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.TaskId, p.MonitorId }).IsUnique();
        builder.HasIndex(p => new { p.TaskId, p.State, p.Sequence });
        builder.HasIndex(p => p.MonitorId);
    }
}
