namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The limits of field submissions and their review.</summary>
public static class SubmissionLimits
{
    /// <summary>Largest photo in bytes (5 MiB), whatever the question allows.</summary>
    public const long MaxPhotoBytes = 5L * 1024 * 1024;

    /// <summary>Most photos a photo question may take when it does not say (and never more than <see cref="MaxPhotosPerSubmission"/> in all).</summary>
    public const int DefaultMaxPhotos = 5;

    /// <summary>Most photos in one submission.</summary>
    public const int MaxPhotosPerSubmission = 20;

    /// <summary>Largest submission (answers plus photos) in bytes: 25 MiB.</summary>
    public const long MaxTotalBytes = 25L * 1024 * 1024;

    /// <summary>Largest answers document in characters of JSON.</summary>
    public const int MaxAnswersLength = MonitoringLimits.JsonMaxLength;

    /// <summary>Largest GPS accuracy radius accepted, in metres.</summary>
    public const double MaxAccuracyMeters = 10_000;

    /// <summary>How far in the future (server clock) a capture time may lie, for phones with a slightly fast clock.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Longest text answer when the question does not say, in characters.</summary>
    public const int DefaultTextMaxLength = MonitoringLimits.TextMaxLength;

    /// <summary>Most submissions approved in one bulk call.</summary>
    public const int MaxBulk = 200;

    /// <summary>Largest page of a task's submissions.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Most submissions listed for one monitor (newest first).</summary>
    public const int MaxOwnListed = 500;

    /// <summary>Longest review note or reason, in characters.</summary>
    public const int ReasonMaxLength = MonitoringLimits.ReasonMaxLength;
}
