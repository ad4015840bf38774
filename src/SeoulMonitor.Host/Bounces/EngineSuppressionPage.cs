using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Host.Bounces;

/// <summary>A page of the engine's suppression list; <see cref="Next"/> is the <c>cursor</c> of the next page, or null at the end.</summary>
public sealed record EngineSuppressionPage(IReadOnlyList<SuppressionRecord> Items, string? Next);
