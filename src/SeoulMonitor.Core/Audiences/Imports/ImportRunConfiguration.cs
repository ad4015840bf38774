using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Imports;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("import_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.StaffId).HasMaxLength(100);
        builder.Property(r => r.FileName).HasMaxLength(ImportLimits.FileNameMaxLength);
        builder.Property(r => r.FailureReason).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.HasIndex(r => r.StartedAt);
    }
}
