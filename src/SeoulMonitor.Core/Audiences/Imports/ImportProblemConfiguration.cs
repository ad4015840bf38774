using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Imports;

internal sealed class ImportProblemConfiguration : IEntityTypeConfiguration<ImportProblem>
{
    public void Configure(EntityTypeBuilder<ImportProblem> builder)
    {
        builder.ToTable("import_problems");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedOnAdd();
        builder.Property(p => p.Column).HasMaxLength(AudienceLimits.AttributeNameMaxLength + 6);
        builder.Property(p => p.Code).HasMaxLength(80);
        builder.Property(p => p.Message).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.Property(p => p.MessageKo).HasMaxLength(AudienceLimits.ReasonMaxLength);
        builder.HasIndex(p => new { p.ImportRunId, p.Id });
        builder.HasOne<ImportRun>().WithMany().HasForeignKey(p => p.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
