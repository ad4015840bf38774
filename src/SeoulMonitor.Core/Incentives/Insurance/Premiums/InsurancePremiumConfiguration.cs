using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

internal sealed class InsurancePremiumConfiguration : IEntityTypeConfiguration<InsurancePremium>
{
    public void Configure(EntityTypeBuilder<InsurancePremium> builder)
    {
        builder.ToTable("insurance_premiums", t => t.HasCheckConstraint("ck_insurance_premiums_amount", "\"Amount\" > 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Insurer).HasMaxLength(PremiumLimits.InsurerMaxLength);
        builder.Property(p => p.PolicyNumber).HasMaxLength(PremiumLimits.PolicyNumberMaxLength);
        builder.Property(p => p.PaymentReference).HasMaxLength(PremiumLimits.ReferenceMaxLength);
        builder.Property(p => p.CancelReason).HasMaxLength(PremiumLimits.ReasonMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Year);
        builder.HasIndex(p => new { p.Insurer, p.PolicyNumber, p.PeriodStart });
    }
}
