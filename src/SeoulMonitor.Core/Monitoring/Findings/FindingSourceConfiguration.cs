using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Findings;

internal sealed class FindingSourceConfiguration : IEntityTypeConfiguration<FindingSource>
{
    public void Configure(EntityTypeBuilder<FindingSource> builder)
    {
        builder.ToTable("finding_sources");
        builder.HasKey(s => new { s.FindingId, s.SubmissionId });
        builder.HasIndex(s => s.SubmissionId);
    }
}
