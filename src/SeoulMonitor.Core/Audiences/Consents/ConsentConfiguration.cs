using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;

namespace SeoulMonitor.Core.Audiences.Consents;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.EvidenceIp).HasMaxLength(AudienceLimits.IpMaxLength);
        builder.Property(c => c.EvidenceUserAgent).HasMaxLength(AudienceLimits.UserAgentMaxLength);
        builder.Property(c => c.EvidenceReference).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.Property(c => c.ConfirmationTokenHash).HasMaxLength(64);
        builder.Property(c => c.EndReason).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.SubscriberId, c.ListId, c.Channel }).IsUnique();
        builder.HasIndex(c => new { c.ListId, c.Channel, c.State, c.SubscriberId });
        builder.HasIndex(c => c.ConfirmationTokenHash);
        builder.HasIndex(c => new { c.State, c.RenewalDueAt });
        builder.HasOne<Subscriber>().WithMany().HasForeignKey(c => c.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MailingList>().WithMany().HasForeignKey(c => c.ListId).OnDelete(DeleteBehavior.Restrict);
    }
}
