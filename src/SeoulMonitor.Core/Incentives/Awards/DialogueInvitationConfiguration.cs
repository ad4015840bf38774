using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SeoulMonitor.Core.Incentives.Awards;

internal sealed class DialogueInvitationConfiguration : IEntityTypeConfiguration<DialogueInvitation>
{
    public void Configure(EntityTypeBuilder<DialogueInvitation> builder)
    {
        builder.ToTable("dialogue_invitations");
        builder.HasKey(i => new { i.CycleId, i.MonitorId });
    }
}
