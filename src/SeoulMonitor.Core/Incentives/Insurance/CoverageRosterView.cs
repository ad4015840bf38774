namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>A coverage roster without personal data: its window and the covered monitors' ids.</summary>
/// <param name="Id">The roster.</param>
/// <param name="TaskId">The task.</param>
/// <param name="TaskTitle">The task's title.</param>
/// <param name="CoverageStart">Coverage starts (UTC).</param>
/// <param name="CoverageEnd">Coverage ends (UTC).</param>
/// <param name="MemberCount">How many monitors it covers.</param>
/// <param name="MonitorIds">The covered monitors (membership ids), in id order.</param>
/// <param name="CreatedAt">When it was first drawn up (UTC).</param>
/// <param name="ExportedAt">When it was last exported for the insurer (UTC).</param>
public sealed record CoverageRosterView(
    Guid Id,
    Guid TaskId,
    string TaskTitle,
    DateTimeOffset CoverageStart,
    DateTimeOffset CoverageEnd,
    int MemberCount,
    IReadOnlyList<Guid> MonitorIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExportedAt);
