using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Findings;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("findings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Title).HasMaxLength(MonitoringLimits.TitleMaxLength);
        builder.Property(f => f.Summary).HasMaxLength(MonitoringLimits.TextMaxLength);
        builder.Property(f => f.Response).HasMaxLength(MonitoringLimits.TextMaxLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => new { f.TaskId, f.State });
        builder.HasIndex(f => new { f.State, f.RespondBy });
    }
}
