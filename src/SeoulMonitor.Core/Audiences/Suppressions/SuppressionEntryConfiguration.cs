using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Suppressions;

internal sealed class SuppressionEntryConfiguration : IEntityTypeConfiguration<SuppressionEntry>
{
    public void Configure(EntityTypeBuilder<SuppressionEntry> builder)
    {
        builder.ToTable("suppressions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.AddressHash).HasMaxLength(64);
        builder.Property(s => s.Address).HasMaxLength(AudienceLimits.EmailMaxLength);
        builder.Property(s => s.Note).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(80);
        builder.HasIndex(s => new { s.Channel, s.AddressHash }).IsUnique();
    }
}
