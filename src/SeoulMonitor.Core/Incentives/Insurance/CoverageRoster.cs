namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>The injury-insurance roster of one task's fieldwork window: the monitors confirmed for it, sent to the insurer.</summary>
public sealed class CoverageRoster
{
    /// <summary>The roster's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The task.</summary>
    public Guid TaskId { get; init; }

    /// <summary>Coverage starts (UTC; the fieldwork window's start).</summary>
    public DateTimeOffset CoverageStart { get; init; }

    /// <summary>Coverage ends (UTC; the fieldwork window's end).</summary>
    public DateTimeOffset CoverageEnd { get; init; }

    /// <summary>How many monitors it covers.</summary>
    public int MemberCount { get; set; }

    /// <summary>When it was drawn up (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last exported for the insurer (UTC).</summary>
    public DateTimeOffset? ExportedAt { get; set; }
}
