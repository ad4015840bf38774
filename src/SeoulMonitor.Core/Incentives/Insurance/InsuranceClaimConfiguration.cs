using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Insurance;

internal sealed class InsuranceClaimConfiguration : IEntityTypeConfiguration<InsuranceClaim>
{
    public void Configure(EntityTypeBuilder<InsuranceClaim> builder)
    {
        builder.ToTable("insurance_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Description).HasMaxLength(IncentiveLimits.TextMaxLength);
        builder.Property(c => c.Reason).HasMaxLength(IncentiveLimits.TextMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.RosterId);
    }
}
