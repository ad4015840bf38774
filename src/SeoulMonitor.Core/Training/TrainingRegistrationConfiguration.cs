using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Training;

internal sealed class TrainingRegistrationConfiguration : IEntityTypeConfiguration<TrainingRegistration>
{
    public void Configure(EntityTypeBuilder<TrainingRegistration> builder)
    {
        builder.ToTable("training_registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CodeHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.StateReason).HasMaxLength(TrainingLimits.ReasonMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.SessionId, r.MonitorId }).IsUnique();
        builder.HasIndex(r => new { r.SessionId, r.CodeHash });
        builder.HasIndex(r => new { r.MonitorId, r.State });
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
