namespace SeoulMonitor.Core.Communities;

/// <summary>One of a monitor's communities, with their relation to it.</summary>
/// <param name="Community">The community.</param>
/// <param name="Membership">The monitor's request, invitation or membership.</param>
public sealed record MonitorCommunityView(CommunityView Community, CommunityMemberView Membership);
