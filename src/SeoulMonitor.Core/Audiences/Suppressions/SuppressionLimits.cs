namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>The explicit limits of the suppression list.</summary>
public static class SuppressionLimits
{
    /// <summary>Hashes one bulk request may add.</summary>
    public const int MaxBulkHashes = 10_000;

    /// <summary>Entries one page of the list may hold.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Entries one page holds when the caller does not say.</summary>
    public const int DefaultPageSize = 50;
}
