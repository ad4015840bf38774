using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Audiences.Subscribers;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.ToTable("subscribers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.Email).HasMaxLength(AudienceLimits.EmailMaxLength);
        builder.Property(s => s.Mobile).HasMaxLength(11);
        builder.Property(s => s.ProvinceCode).HasMaxLength(2);
        builder.Property(s => s.District).HasMaxLength(40);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.PublicId).IsUnique();
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => s.Mobile).IsUnique();
        builder.HasIndex(s => new { s.ProvinceCode, s.District });
        builder.HasMany(s => s.Attributes).WithOne().HasForeignKey(a => a.SubscriberId).OnDelete(DeleteBehavior.Cascade);
    }
}
