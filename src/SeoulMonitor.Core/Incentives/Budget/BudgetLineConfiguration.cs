using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Budget;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("budget_lines", t => t.HasCheckConstraint("ck_budget_lines_not_overdrawn", "\"Committed\" >= 0 AND \"Paid\" >= 0 AND \"Committed\" + \"Paid\" <= \"Amount\""));
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Category).HasMaxLength(IncentiveLimits.NameMaxLength);
        builder.Property(l => l.Name).HasMaxLength(IncentiveLimits.NameMaxLength);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => new { l.Year, l.Category, l.Name }).IsUnique();
    }
}
