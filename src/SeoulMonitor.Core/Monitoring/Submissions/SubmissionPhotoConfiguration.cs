using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Submissions;

internal sealed class SubmissionPhotoConfiguration : IEntityTypeConfiguration<SubmissionPhoto>
{
    public void Configure(EntityTypeBuilder<SubmissionPhoto> builder)
    {
        builder.ToTable("submission_photos");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.QuestionKey).HasMaxLength(64);
        builder.Property(p => p.ContentType).HasMaxLength(40);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.StorageKey).HasMaxLength(200);
        builder.HasIndex(p => p.SubmissionId);
        builder.HasIndex(p => p.Sha256);
    }
}
