using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Lists;

internal sealed class MailingListConfiguration : IEntityTypeConfiguration<MailingList>
{
    public void Configure(EntityTypeBuilder<MailingList> builder)
    {
        builder.ToTable("mailing_lists");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Key).HasMaxLength(AudienceLimits.ListKeyMaxLength);
        builder.Property(l => l.NameKo).HasMaxLength(AudienceLimits.NameMaxLength);
        builder.Property(l => l.NameEn).HasMaxLength(AudienceLimits.NameMaxLength);
        builder.Property(l => l.ProvinceCode).HasMaxLength(2);
        builder.Property(l => l.District).HasMaxLength(40);
        builder.Property(l => l.FireStation).HasMaxLength(40);
        builder.Property(l => l.Department).HasMaxLength(AudienceLimits.DepartmentMaxLength);
        builder.HasIndex(l => l.Key).IsUnique();
        builder.HasIndex(l => l.Kind);
    }
}
