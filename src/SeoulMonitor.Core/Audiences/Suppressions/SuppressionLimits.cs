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

    /// <summary>Pending lifts one pass of the engine sync applies.</summary>
    public const int LiftBatchSize = 100;

    /// <summary>The delay before the first retry of a failed engine lift; it doubles per attempt.</summary>
    public static readonly TimeSpan LiftFirstRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay between retries of a failed engine lift (it is retried for ever).</summary>
    public static readonly TimeSpan LiftMaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>Lifts one address lookup shows (newest first).</summary>
    public const int LookupLifts = 20;
}
