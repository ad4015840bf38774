namespace SeoulMonitor.Core.Communities;

/// <summary>One monitor's relation to one community, as callers see it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="CommunityId">The community.</param>
/// <param name="MonitorId">The monitor.</param>
/// <param name="State">Current state.</param>
/// <param name="Role">Role while a member.</param>
/// <param name="StateReason">Reason of the last removal or dissolution.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record CommunityMemberView(
    Guid Id,
    Guid CommunityId,
    Guid MonitorId,
    CommunityMemberState State,
    CommunityRole Role,
    string? StateReason,
    DateTimeOffset UpdatedAt)
{
    internal static CommunityMemberView From(CommunityMember m) =>
        new(m.Id, m.CommunityId, m.MonitorId, m.State, m.Role, m.StateReason, m.UpdatedAt);
}
