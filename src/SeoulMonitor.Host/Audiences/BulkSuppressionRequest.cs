namespace SeoulMonitor.Host.Audiences;

/// <summary>Bare SHA-256 hashes to suppress on a channel.</summary>
internal sealed record BulkSuppressionRequest(string? Channel, IReadOnlyList<string?>? Hashes, string? Reason, string? Note);
