namespace SeoulMonitor.Core.Monitors;

/// <summary>A new consent notice version to publish (개인정보 보호법 15② items).</summary>
/// <param name="Version">Unique version label.</param>
/// <param name="Purpose">Purpose of collection and use.</param>
/// <param name="ItemsCollected">Items collected.</param>
/// <param name="RetentionPeriod">Retention and use period.</param>
/// <param name="RefusalRight">The right to refuse.</param>
/// <param name="RefusalConsequence">The consequence of refusing.</param>
public sealed record ConsentNoticeDraft(
    string? Version, string? Purpose, string? ItemsCollected, string? RetentionPeriod, string? RefusalRight, string? RefusalConsequence);
