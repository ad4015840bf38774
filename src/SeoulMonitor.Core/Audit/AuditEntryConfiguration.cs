using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorKind).HasMaxLength(20);
        builder.Property(e => e.ActorId).HasMaxLength(100);
        builder.Property(e => e.EntityType).HasMaxLength(40);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Event).HasMaxLength(40);
        builder.Property(e => e.FromState).HasMaxLength(40);
        builder.Property(e => e.ToState).HasMaxLength(40);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
