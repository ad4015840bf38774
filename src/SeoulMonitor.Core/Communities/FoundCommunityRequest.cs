namespace SeoulMonitor.Core.Communities;

/// <summary>What a monitor gives to found a community (strings, so that every fault gets a field-specific code).</summary>
/// <param name="Name">Name, <see cref="CommunityLimits.NameMinLength"/> to <see cref="CommunityLimits.NameMaxLength"/> characters.</param>
/// <param name="Description">Description, up to <see cref="CommunityLimits.DescriptionMaxLength"/> characters.</param>
/// <param name="FocusArea">A <see cref="CommunityFocusArea"/> member name.</param>
public sealed record FoundCommunityRequest(string? Name, string? Description, string? FocusArea);
