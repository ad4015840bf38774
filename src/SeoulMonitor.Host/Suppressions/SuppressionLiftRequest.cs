namespace SeoulMonitor.Host.Suppressions;

/// <summary>Why a suppression is lifted (required).</summary>
internal sealed record SuppressionLiftRequest(string? Reason);
