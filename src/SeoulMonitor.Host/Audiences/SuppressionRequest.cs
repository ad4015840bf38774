namespace SeoulMonitor.Host.Audiences;

/// <summary>An address or a bare SHA-256 hash to suppress on a channel.</summary>
internal sealed record SuppressionRequest(string? Channel, string? Address, string? Hash, string? Reason, string? Note);
