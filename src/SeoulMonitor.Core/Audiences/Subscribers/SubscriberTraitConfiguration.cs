using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Subscribers;

internal sealed class SubscriberTraitConfiguration : IEntityTypeConfiguration<SubscriberTrait>
{
    public void Configure(EntityTypeBuilder<SubscriberTrait> builder)
    {
        builder.ToTable("subscriber_attributes");
        builder.HasKey(a => new { a.SubscriberId, a.Name });
        builder.Property(a => a.Name).HasMaxLength(AudienceLimits.AttributeNameMaxLength);
        builder.Property(a => a.Value).HasMaxLength(AudienceLimits.AttributeValueMaxLength);
        builder.HasIndex(a => new { a.Name, a.Value });
    }
}
