using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Findings;

internal sealed class FindingQuoteConfiguration : IEntityTypeConfiguration<FindingQuote>
{
    public void Configure(EntityTypeBuilder<FindingQuote> builder)
    {
        builder.ToTable("finding_quotes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Text).HasMaxLength(MonitoringLimits.ReasonMaxLength);
        builder.HasIndex(q => q.FindingId);
    }
}
