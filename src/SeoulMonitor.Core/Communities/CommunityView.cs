namespace SeoulMonitor.Core.Communities;

/// <summary>A community as callers see it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">Description.</param>
/// <param name="FocusArea">Policy area.</param>
/// <param name="State">Current state.</param>
/// <param name="FounderId">The founding monitor.</param>
/// <param name="LeaderId">The current leader, if any.</param>
/// <param name="MemberCount">Current members (leader included).</param>
/// <param name="StateReason">Reason of a rejection or dissolution.</param>
/// <param name="CreatedAt">When it was founded.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record CommunityView(
    Guid Id,
    string Name,
    string Description,
    CommunityFocusArea FocusArea,
    CommunityState State,
    Guid FounderId,
    Guid? LeaderId,
    int MemberCount,
    string? StateReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static CommunityView From(Community c) => new(
        c.Id, c.Name, c.Description, c.FocusArea, c.State, c.FounderId, c.LeaderId, c.MemberCount, c.StateReason, c.CreatedAt, c.UpdatedAt);
}
