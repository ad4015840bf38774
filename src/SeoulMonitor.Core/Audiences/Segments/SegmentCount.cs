namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>A count preview: how many would receive a message of the segment if it were sent at <paramref name="At"/>.</summary>
/// <param name="Recipients">Subscribers with a consent that allows sending now and an address not suppressed.</param>
/// <param name="At">The instant of the count (UTC).</param>
public sealed record SegmentCount(long Recipients, DateTimeOffset At);
