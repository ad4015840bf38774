namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>The limits of findings, quotes, photos, sends and the reflection SLA (each tested at its boundary).</summary>
public static class FindingLimits
{
    /// <summary>Most source submissions of one finding.</summary>
    public const int MaxSources = 1000;

    /// <summary>Most representative quotes of one finding.</summary>
    public const int MaxQuotes = 20;

    /// <summary>Most photos of one finding.</summary>
    public const int MaxPhotos = 20;

    /// <summary>Longest quote, in characters.</summary>
    public const int QuoteMaxLength = MonitoringLimits.ReasonMaxLength;

    /// <summary>Longest response, reason or progress note, in characters.</summary>
    public const int ResponseMaxLength = MonitoringLimits.TextMaxLength;

    /// <summary>Most other findings merged into one in one call.</summary>
    public const int MaxMerge = 50;

    /// <summary>Most findings sent in one call.</summary>
    public const int MaxSend = 100;

    /// <summary>Lowest progress, in percent.</summary>
    public const int MinProgress = 0;

    /// <summary>Highest progress, in percent.</summary>
    public const int MaxProgress = 100;

    /// <summary>Furthest expected date, in years from today (Seoul).</summary>
    public const int ExpectedDateMaxYears = 10;

    /// <summary>Most findings handled by one SLA run (the rest wait for the next run).</summary>
    public const int SlaBatchSize = 500;

    /// <summary>Most findings listed by one inbox query.</summary>
    public const int MaxListed = 500;
}
