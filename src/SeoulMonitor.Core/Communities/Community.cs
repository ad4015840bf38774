namespace SeoulMonitor.Core.Communities;

/// <summary>A community of monitors, founded by one of them and approved by staff.</summary>
public sealed class Community
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The name as given (trimmed).</summary>
    public required string Name { get; set; }

    /// <summary>The name upper-cased, for case-insensitive uniqueness.</summary>
    public required string NormalizedName { get; set; }

    /// <summary>What the community is about.</summary>
    public required string Description { get; set; }

    /// <summary>The policy area it concentrates on.</summary>
    public CommunityFocusArea FocusArea { get; set; }

    /// <summary>Current state.</summary>
    public CommunityState State { get; set; }

    /// <summary>The monitor who founded it.</summary>
    public Guid FounderId { get; init; }

    /// <summary>The current leader (the founder once approved); <see langword="null"/> before approval and after dissolution.</summary>
    public Guid? LeaderId { get; set; }

    /// <summary>How many current members it has (leader included).</summary>
    public int MemberCount { get; set; }

    /// <summary>The reason of a rejection or dissolution.</summary>
    public string? StateReason { get; set; }

    /// <summary>When it was founded (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }
}
