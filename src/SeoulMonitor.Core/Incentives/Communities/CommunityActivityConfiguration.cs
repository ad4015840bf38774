using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Communities;

internal sealed class CommunityActivityConfiguration : IEntityTypeConfiguration<CommunityActivity>
{
    public void Configure(EntityTypeBuilder<CommunityActivity> builder)
    {
        builder.ToTable("community_activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(IncentiveLimits.NameMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(IncentiveLimits.TextMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CommunityId, a.HeldOn });
    }
}
