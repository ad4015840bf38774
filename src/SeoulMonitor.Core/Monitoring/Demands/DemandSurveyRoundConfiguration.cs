using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitoring.Demands;

internal sealed class DemandSurveyRoundConfiguration : IEntityTypeConfiguration<DemandSurveyRound>
{
    public void Configure(EntityTypeBuilder<DemandSurveyRound> builder)
    {
        builder.ToTable("demand_survey_rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Title).HasMaxLength(MonitoringLimits.TitleMaxLength);
        builder.HasIndex(r => r.Year);
    }
}
