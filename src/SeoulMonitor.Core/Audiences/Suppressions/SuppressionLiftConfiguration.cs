using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Suppressions;

internal sealed class SuppressionLiftConfiguration : IEntityTypeConfiguration<SuppressionLift>
{
    public void Configure(EntityTypeBuilder<SuppressionLift> builder)
    {
        builder.ToTable("suppression_lifts");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedOnAdd();
        builder.Property(l => l.AddressHash).HasMaxLength(64);
        builder.Property(l => l.Address).HasMaxLength(AudienceLimits.EmailMaxLength);
        builder.Property(l => l.LiftedBy).HasMaxLength(80);
        builder.Property(l => l.Reason).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.Property(l => l.LastError).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.HasIndex(l => new { l.Channel, l.AddressHash, l.LiftedAt });
        builder.HasIndex(l => new { l.AppliedAt, l.Id });
    }
}
