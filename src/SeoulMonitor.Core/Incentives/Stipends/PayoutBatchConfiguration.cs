using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Stipends;

internal sealed class PayoutBatchConfiguration : IEntityTypeConfiguration<PayoutBatch>
{
    public void Configure(EntityTypeBuilder<PayoutBatch> builder)
    {
        builder.ToTable("payout_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Month).HasMaxLength(7);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => b.Month);
    }
}
