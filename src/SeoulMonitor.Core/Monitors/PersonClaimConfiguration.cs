using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Monitors;

internal sealed class PersonClaimConfiguration : IEntityTypeConfiguration<PersonClaim>
{
    public void Configure(EntityTypeBuilder<PersonClaim> builder)
    {
        builder.ToTable("person_claims");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(c => c.ApplicationId);
    }
}
