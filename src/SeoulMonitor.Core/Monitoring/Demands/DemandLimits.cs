namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>Limits of demand intake and survey rounds (the text limits are in <see cref="MonitoringLimits"/>).</summary>
public static class DemandLimits
{
    /// <summary>Longest wished monitoring period, in days (start and end included).</summary>
    public const int MaxPeriodDays = 366;

    /// <summary>Earliest program year of a survey round.</summary>
    public const int MinRoundYear = 2013;

    /// <summary>Latest program year of a survey round.</summary>
    public const int MaxRoundYear = 2100;

    /// <summary>Longest survey round.</summary>
    public static readonly TimeSpan MaxRoundLength = TimeSpan.FromDays(180);

    /// <summary>Most survey rounds listed at once.</summary>
    public const int MaxRoundsListed = 500;
}
