using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SeoulMonitor.Core.Audiences.Lists;

namespace SeoulMonitor.Core.Audiences.Consents;

internal sealed class ListConsentNoticeConfiguration : IEntityTypeConfiguration<ListConsentNotice>
{
    public void Configure(EntityTypeBuilder<ListConsentNotice> builder)
    {
        builder.ToTable("list_consent_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Purpose).HasMaxLength(AudienceLimits.NoticeTextMaxLength);
        builder.Property(n => n.Items).HasMaxLength(AudienceLimits.NoticeTextMaxLength);
        builder.Property(n => n.Retention).HasMaxLength(AudienceLimits.NoticeTextMaxLength);
        builder.Property(n => n.RightToRefuse).HasMaxLength(AudienceLimits.NoticeTextMaxLength);
        builder.Property(n => n.Consequence).HasMaxLength(AudienceLimits.NoticeTextMaxLength);
        builder.HasIndex(n => new { n.ListId, n.Version }).IsUnique();
        builder.HasOne<MailingList>().WithMany().HasForeignKey(n => n.ListId).OnDelete(DeleteBehavior.Restrict);
    }
}
