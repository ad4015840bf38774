using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Communities;

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.ToTable("communities");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(CommunityLimits.NameMaxLength);
        builder.Property(c => c.NormalizedName).HasMaxLength(CommunityLimits.NameMaxLength);
        builder.Property(c => c.Description).HasMaxLength(CommunityLimits.DescriptionMaxLength);
        builder.Property(c => c.StateReason).HasMaxLength(CommunityLimits.ReasonMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.State);

        // Backstop for the service's name check: names are unique among proposed and active communities.
        builder.HasIndex(c => c.NormalizedName).IsUnique().HasFilter("\"State\" IN ('Proposed', 'Active')");
    }
}
