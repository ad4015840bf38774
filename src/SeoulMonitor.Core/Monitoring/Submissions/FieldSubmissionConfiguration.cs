using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Submissions;

internal sealed class FieldSubmissionConfiguration : IEntityTypeConfiguration<FieldSubmission>
{
    public void Configure(EntityTypeBuilder<FieldSubmission> builder)
    {
        builder.ToTable("field_submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Answers).HasMaxLength(MonitoringLimits.JsonMaxLength);
        builder.Property(s => s.ReviewReason).HasMaxLength(MonitoringLimits.ReasonMaxLength);
        builder.Property(s => s.ReviewedBy).HasMaxLength(200);
        builder.Property(s => s.PayloadHash).HasMaxLength(64);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.ClientId).IsUnique();
        builder.HasIndex(s => new { s.TaskId, s.State });
        builder.HasIndex(s => s.MonitorId);
        builder.HasIndex(s => s.ParticipationId);
    }
}
