using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Awards;

internal sealed class AwardCycleConfiguration : IEntityTypeConfiguration<AwardCycle>
{
    public void Configure(EntityTypeBuilder<AwardCycle> builder)
    {
        builder.ToTable("award_cycles");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Year).IsUnique();
    }
}
