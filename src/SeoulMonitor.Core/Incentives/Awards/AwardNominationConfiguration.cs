using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Awards;

internal sealed class AwardNominationConfiguration : IEntityTypeConfiguration<AwardNomination>
{
    public void Configure(EntityTypeBuilder<AwardNomination> builder)
    {
        builder.ToTable("award_nominations");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Breakdown).HasMaxLength(8000);
        builder.Property(n => n.Note).HasMaxLength(IncentiveLimits.TextMaxLength);
        builder.HasIndex(n => new { n.CycleId, n.Kind, n.CandidateId }).IsUnique();
        builder.HasIndex(n => new { n.CycleId, n.Kind, n.Rank });
    }
}
