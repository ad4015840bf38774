using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Training;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("training_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(TrainingLimits.TitleMaxLength);
        builder.Property(s => s.Description).HasMaxLength(TrainingLimits.DescriptionMaxLength);
        builder.Property(s => s.Location).HasMaxLength(TrainingLimits.LocationMaxLength);
        builder.Property(s => s.StateReason).HasMaxLength(TrainingLimits.ReasonMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.StartsAt);
    }
}
