using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Stipends;

internal sealed class RecoveryConfiguration : IEntityTypeConfiguration<Recovery>
{
    public void Configure(EntityTypeBuilder<Recovery> builder)
    {
        builder.ToTable("stipend_recoveries", t => t.HasCheckConstraint(
            "ck_stipend_recoveries_within_amount",
            "\"Amount\" > 0 AND \"Netted\" >= 0 AND \"Collected\" >= 0 AND \"Settled\" >= 0 AND \"Netted\" + \"Collected\" <= \"Amount\" AND \"Settled\" <= \"Netted\" + \"Collected\""));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reference).HasMaxLength(RecoveryLimits.ReferenceMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.ReversalId).IsUnique();
        builder.HasIndex(r => new { r.Year, r.State });
        builder.HasIndex(r => r.MonitorId);
    }
}
