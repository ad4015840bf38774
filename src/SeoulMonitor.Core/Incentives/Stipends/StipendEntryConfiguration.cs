using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Stipends;

internal sealed class StipendEntryConfiguration : IEntityTypeConfiguration<StipendEntry>
{
    public void Configure(EntityTypeBuilder<StipendEntry> builder)
    {
        builder.ToTable("stipend_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.DerivationKey).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(IncentiveLimits.TextMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.DerivationKey).IsUnique();
        builder.HasIndex(e => new { e.Year, e.State });
        builder.HasIndex(e => e.MonitorId);
        builder.HasIndex(e => e.PayoutBatchId);
    }
}
