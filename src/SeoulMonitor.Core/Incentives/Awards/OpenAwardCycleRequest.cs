namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>A yearly award cycle to open.</summary>
/// <param name="Year">The program year it rewards (one cycle per year).</param>
/// <param name="MonitorAwards">How many monitors are awarded (<see cref="AwardLimits.MinMonitorAwards"/> to <see cref="AwardLimits.MaxMonitorAwards"/>).</param>
/// <param name="CommunityAwards">How many communities are awarded (<see cref="AwardLimits.MinCommunityAwards"/> to <see cref="AwardLimits.MaxCommunityAwards"/>).</param>
public sealed record OpenAwardCycleRequest(int Year, int MonitorAwards, int CommunityAwards);
