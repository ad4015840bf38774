using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Advisers;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("consultations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Topic).HasMaxLength(IncentiveLimits.NameMaxLength);
        builder.Property(c => c.Reason).HasMaxLength(IncentiveLimits.TextMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.AdviserId);
        builder.HasIndex(c => c.BudgetLineId);
    }
}
