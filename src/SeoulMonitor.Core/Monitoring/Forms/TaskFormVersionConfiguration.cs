using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Forms;

internal sealed class TaskFormVersionConfiguration : IEntityTypeConfiguration<TaskFormVersion>
{
    public void Configure(EntityTypeBuilder<TaskFormVersion> builder)
    {
        builder.ToTable("task_form_versions");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Definition).HasMaxLength(MonitoringLimits.JsonMaxLength);
        builder.Property(f => f.CreatedBy).HasMaxLength(200);
        builder.HasIndex(f => new { f.TaskId, f.Number }).IsUnique();
    }
}
