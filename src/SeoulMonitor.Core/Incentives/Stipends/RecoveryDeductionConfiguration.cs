using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Stipends;

internal sealed class RecoveryDeductionConfiguration : IEntityTypeConfiguration<RecoveryDeduction>
{
    public void Configure(EntityTypeBuilder<RecoveryDeduction> builder)
    {
        builder.ToTable("stipend_recovery_deductions", t => t.HasCheckConstraint("ck_stipend_recovery_deductions_positive", "\"Amount\" > 0"));
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.PayoutBatchId, d.RecoveryId }).IsUnique();
        builder.HasIndex(d => d.RecoveryId);
    }
}
