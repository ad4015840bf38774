using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Consents;

internal sealed class DestructionRecordConfiguration : IEntityTypeConfiguration<DestructionRecord>
{
    public void Configure(EntityTypeBuilder<DestructionRecord> builder)
    {
        builder.ToTable("destruction_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Reason).HasMaxLength(40);
        builder.Property(r => r.Actor).HasMaxLength(80);
        builder.HasIndex(r => r.At);
    }
}
