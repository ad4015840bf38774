namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>
/// One version of the consent notice a list shows (PIPA Art. 15②: purpose, items, retention, the right to refuse and
/// its consequence). Immutable once published; a change is a new version, and consents record the version seen.
/// </summary>
public sealed class ListConsentNotice
{
    /// <summary>The version's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The list.</summary>
    public Guid ListId { get; init; }

    /// <summary>The version number (1, 2, …) within the list.</summary>
    public int Version { get; init; }

    /// <summary>Purpose of collection and use.</summary>
    public string Purpose { get; init; } = string.Empty;

    /// <summary>Items collected.</summary>
    public string Items { get; init; } = string.Empty;

    /// <summary>Retention period.</summary>
    public string Retention { get; init; } = string.Empty;

    /// <summary>The right to refuse.</summary>
    public string RightToRefuse { get; init; } = string.Empty;

    /// <summary>The consequence of refusing.</summary>
    public string Consequence { get; init; } = string.Empty;

    /// <summary>When published (UTC).</summary>
    public DateTimeOffset PublishedAt { get; init; }
}
