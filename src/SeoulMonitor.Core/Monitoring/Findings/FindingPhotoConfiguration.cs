using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Findings;

internal sealed class FindingPhotoConfiguration : IEntityTypeConfiguration<FindingPhoto>
{
    public void Configure(EntityTypeBuilder<FindingPhoto> builder)
    {
        builder.ToTable("finding_photos");
        builder.HasKey(p => new { p.FindingId, p.PhotoId });
    }
}
