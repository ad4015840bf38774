using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Demands;

internal sealed class TaskDemandConfiguration : IEntityTypeConfiguration<TaskDemand>
{
    public void Configure(EntityTypeBuilder<TaskDemand> builder)
    {
        builder.ToTable("task_demands");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Department).HasMaxLength(MonitoringLimits.DepartmentMaxLength);
        builder.Property(d => d.Title).HasMaxLength(MonitoringLimits.TitleMaxLength);
        builder.Property(d => d.Purpose).HasMaxLength(MonitoringLimits.TextMaxLength);
        builder.Property(d => d.Sites).HasMaxLength(MonitoringLimits.SitesMaxLength);
        builder.Property(d => d.Requirements).HasMaxLength(MonitoringLimits.TextMaxLength);
        builder.Property(d => d.StateReason).HasMaxLength(MonitoringLimits.ReasonMaxLength);
        builder.Property(d => d.SubmittedBy).HasMaxLength(200);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.State, d.CreatedAt });
        builder.HasIndex(d => d.Department);
        builder.HasIndex(d => d.SurveyRoundId);
    }
}
