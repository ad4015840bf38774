using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedOnAdd();
        builder.Property(m => m.To).HasMaxLength(AudienceLimits.EmailMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxLimits.SubjectMaxLength);
        builder.Property(m => m.TextBody).HasMaxLength(OutboxLimits.BodyMaxLength);
        builder.Property(m => m.Kind).HasMaxLength(OutboxKinds.MaxLength);
        builder.Property(m => m.LastError).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.HasIndex(m => new { m.SentAt, m.Id });
        builder.HasIndex(m => m.SubscriberId);
        builder.HasIndex(m => m.To);
    }
}
