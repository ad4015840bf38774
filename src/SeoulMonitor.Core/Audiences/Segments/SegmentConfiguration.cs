using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Segments;

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.ToTable("segments");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(AudienceLimits.NameMaxLength);
        builder.Property(s => s.Definition).HasMaxLength(16_000);
    }
}
