using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Advisers;

internal sealed class AdviserConfiguration : IEntityTypeConfiguration<Adviser>
{
    public void Configure(EntityTypeBuilder<Adviser> builder)
    {
        builder.ToTable("advisers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Field).HasMaxLength(IncentiveLimits.NameMaxLength);
        builder.Property(a => a.Affiliation).HasMaxLength(IncentiveLimits.NameMaxLength);
        builder.Property(a => a.Email).HasMaxLength(254);
    }
}
