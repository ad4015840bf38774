using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Tasks;

internal sealed class MonitoringTaskConfiguration : IEntityTypeConfiguration<MonitoringTask>
{
    public void Configure(EntityTypeBuilder<MonitoringTask> builder)
    {
        builder.ToTable("monitoring_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Title).HasMaxLength(MonitoringLimits.TitleMaxLength);
        builder.Property(t => t.Purpose).HasMaxLength(MonitoringLimits.TextMaxLength);
        builder.Property(t => t.Department).HasMaxLength(MonitoringLimits.DepartmentMaxLength);
        builder.Property(t => t.Sites).HasMaxLength(MonitoringLimits.SitesMaxLength);
        builder.Property(t => t.HistoricalKey).HasMaxLength(20);
        builder.Property(t => t.StateReason).HasMaxLength(MonitoringLimits.ReasonMaxLength);
        builder.PrimitiveCollection(t => t.EligibleDistricts);
        builder.PrimitiveCollection(t => t.RequiredTrainingSessionIds);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.Year, t.State });
        builder.HasIndex(t => t.Department);
        builder.HasIndex(t => t.HistoricalKey).IsUnique();
    }
}
