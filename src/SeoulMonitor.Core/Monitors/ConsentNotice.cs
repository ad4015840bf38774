namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// One published version of the notice shown to applicants before they consent to the program's use of their
/// personal data (개인정보 보호법 15②: purpose, items, retention period, right to refuse and its consequence).
/// Versions are immutable; a change is a new version, which supersedes the previous one.
/// </summary>
public sealed class ConsentNotice
{
    /// <summary>Identifier of this version.</summary>
    public Guid Id { get; init; }

    /// <summary>The version label (unique, for example <c>2026-03</c>).</summary>
    public required string Version { get; init; }

    /// <summary>Purpose of collection and use.</summary>
    public required string Purpose { get; init; }

    /// <summary>Items collected.</summary>
    public required string ItemsCollected { get; init; }

    /// <summary>Retention and use period.</summary>
    public required string RetentionPeriod { get; init; }

    /// <summary>The right to refuse consent.</summary>
    public required string RefusalRight { get; init; }

    /// <summary>The consequence of refusing.</summary>
    public required string RefusalConsequence { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the exact text shown (<see cref="ConsentNoticeText.Compose"/>).</summary>
    public required string TextSha256 { get; init; }

    /// <summary>When it was published (UTC).</summary>
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>Who published it.</summary>
    public required string PublishedBy { get; init; }

    /// <summary>When a newer version replaced it.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
}
