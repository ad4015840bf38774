using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Stipends;

internal sealed class StipendRuleConfiguration : IEntityTypeConfiguration<StipendRule>
{
    public void Configure(EntityTypeBuilder<StipendRule> builder)
    {
        builder.ToTable("stipend_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.Year, r.TaskId, r.CreatedAt });
    }
}
