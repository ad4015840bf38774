using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SeoulMonitor.Core.Audiences.Subscribers;

namespace SeoulMonitor.Core.Audiences.Consents;

internal sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.ToTable("consent_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Actor).HasMaxLength(80);
        builder.Property(e => e.Ip).HasMaxLength(AudienceLimits.IpMaxLength);
        builder.Property(e => e.UserAgent).HasMaxLength(AudienceLimits.UserAgentMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.HasIndex(e => new { e.SubscriberId, e.Id });
        builder.HasIndex(e => e.ConsentId);
        builder.HasOne<Subscriber>().WithMany().HasForeignKey(e => e.SubscriberId).OnDelete(DeleteBehavior.Cascade);
    }
}
