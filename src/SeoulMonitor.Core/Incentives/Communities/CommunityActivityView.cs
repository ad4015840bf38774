using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>A community activity, with its state's Korean name.</summary>
public sealed record CommunityActivityView(
    Guid Id, Guid CommunityId, string Title, DateOnly HeldOn, int Attendees, CommunityActivityState State, string StateKo, string? Reason,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    internal static CommunityActivityView From(CommunityActivity a) => new(
        a.Id, a.CommunityId, a.Title, a.HeldOn, a.Attendees, a.State, StatusNames.Korean(a.State), a.Reason, a.CreatedAt, a.UpdatedAt);
}
