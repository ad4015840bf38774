using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Requests;

internal sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> builder)
    {
        builder.ToTable("data_subject_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Outcome).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.HasIndex(r => new { r.State, r.DueAt });
        builder.HasIndex(r => r.SubscriberPublicId);
    }
}
