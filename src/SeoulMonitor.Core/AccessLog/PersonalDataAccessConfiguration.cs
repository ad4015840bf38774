using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.AccessLog;

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.ToTable("personal_data_access");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorId).HasMaxLength(100);
        builder.Property(a => a.ActorKind).HasMaxLength(20);
        builder.Property(a => a.SubjectType).HasMaxLength(40);
        builder.Property(a => a.SubjectId).HasMaxLength(100);
        builder.Property(a => a.Purpose).HasMaxLength(AccessLimits.PurposeMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(AccessLimits.ReasonMaxLength);
        builder.Property(a => a.SourceAddress).HasMaxLength(64);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }
}
