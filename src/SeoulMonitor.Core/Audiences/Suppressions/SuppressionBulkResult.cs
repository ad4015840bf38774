namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>The outcome of a bulk add of hashes.</summary>
/// <param name="Added">Hashes newly suppressed.</param>
/// <param name="AlreadySuppressed">Hashes that were already on the list (unchanged).</param>
public sealed record SuppressionBulkResult(int Added, int AlreadySuppressed);
