using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Communities;

internal sealed class CommunityMemberConfiguration : IEntityTypeConfiguration<CommunityMember>
{
    public void Configure(EntityTypeBuilder<CommunityMember> builder)
    {
        builder.ToTable("community_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.StateReason).HasMaxLength(CommunityLimits.ReasonMaxLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.CommunityId, m.MonitorId }).IsUnique();
        builder.HasIndex(m => m.MonitorId);
        builder.HasOne<Community>().WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
