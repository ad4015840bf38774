using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Insurance;

internal sealed class CoverageMemberConfiguration : IEntityTypeConfiguration<CoverageMember>
{
    public void Configure(EntityTypeBuilder<CoverageMember> builder)
    {
        builder.ToTable("coverage_members");
        builder.HasKey(m => new { m.RosterId, m.MonitorId });
        builder.HasIndex(m => m.MonitorId);
    }
}
