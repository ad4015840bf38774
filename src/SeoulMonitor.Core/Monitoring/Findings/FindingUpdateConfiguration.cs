using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Findings;

internal sealed class FindingUpdateConfiguration : IEntityTypeConfiguration<FindingUpdate>
{
    public void Configure(EntityTypeBuilder<FindingUpdate> builder)
    {
        builder.ToTable("finding_updates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Text).HasMaxLength(FindingLimits.ResponseMaxLength);
        builder.Property(u => u.ByDepartment).HasMaxLength(MonitoringLimits.DepartmentMaxLength);
        builder.HasIndex(u => new { u.FindingId, u.At });
    }
}
