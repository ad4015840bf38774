using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Awards;

internal sealed class PlaqueConfiguration : IEntityTypeConfiguration<Plaque>
{
    public void Configure(EntityTypeBuilder<Plaque> builder)
    {
        builder.ToTable("plaques");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(IncentiveLimits.NameMaxLength);
        builder.HasIndex(p => new { p.RecipientKind, p.RecipientId });
    }
}
