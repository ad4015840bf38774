using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Insurance;

internal sealed class CoverageRosterConfiguration : IEntityTypeConfiguration<CoverageRoster>
{
    public void Configure(EntityTypeBuilder<CoverageRoster> builder)
    {
        builder.ToTable("coverage_rosters");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.TaskId).IsUnique();
    }
}
