using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.AccessLog;

internal sealed class AccessReviewSignOffConfiguration : IEntityTypeConfiguration<AccessReviewSignOff>
{
    public void Configure(EntityTypeBuilder<AccessReviewSignOff> builder)
    {
        builder.ToTable("access_review_sign_offs");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ReviewerKind).HasMaxLength(20);
        builder.Property(s => s.ReviewerId).HasMaxLength(100);
        builder.Property(s => s.Notes).HasMaxLength(AccessLimits.ReviewNotesMaxLength);
        builder.HasIndex(s => new { s.Year, s.Month }).IsUnique();
    }
}
