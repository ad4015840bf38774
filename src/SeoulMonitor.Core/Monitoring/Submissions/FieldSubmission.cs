namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// A monitor's report from the field for one task: answers to one form version, capture time, GPS and photos.
/// Idempotent by <see cref="ClientId"/>, which the phone generates before its first attempt.
/// </summary>
public sealed class FieldSubmission
{
    /// <summary>The submission's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The id the client generated (unique): a retried post of the same id is the same submission.</summary>
    public Guid ClientId { get; init; }

    /// <summary>The task.</summary>
    public Guid TaskId { get; init; }

    /// <summary>The participation it belongs to.</summary>
    public Guid ParticipationId { get; init; }

    /// <summary>The monitor.</summary>
    public Guid MonitorId { get; init; }

    /// <summary>The form version the answers were made for.</summary>
    public int FormVersion { get; init; }

    /// <summary>The answers as a JSON object keyed by question key (<see cref="Forms.FormJson"/>).</summary>
    public string Answers { get; init; } = "{}";

    /// <summary>When the monitor captured it on the phone (UTC).</summary>
    public DateTimeOffset CapturedAt { get; init; }

    /// <summary>When the server received it (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>GPS latitude (WGS 84), if given.</summary>
    public double? Latitude { get; init; }

    /// <summary>GPS longitude (WGS 84), if given.</summary>
    public double? Longitude { get; init; }

    /// <summary>GPS accuracy radius in metres, if given.</summary>
    public double? AccuracyMeters { get; init; }

    /// <summary>The review state.</summary>
    public SubmissionState State { get; set; }

    /// <summary>1 for a first submission, +1 for each resubmission after a return.</summary>
    public int Revision { get; init; }

    /// <summary>The returned submission this one replaces.</summary>
    public Guid? SupersedesId { get; init; }

    /// <summary>The reviewer's reason (return, rejection) or note (approval).</summary>
    public string? ReviewReason { get; set; }

    /// <summary>When it was last reviewed (UTC).</summary>
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Who reviewed it (the audit actor's id).</summary>
    public string? ReviewedBy { get; set; }

    /// <summary>
    /// SHA-256 (lower-case hex) over the canonical answers, form version, task, replaced submission and photo hashes:
    /// a repeated post of the same <see cref="ClientId"/> is a replay exactly when its hash is equal.
    /// </summary>
    public string PayloadHash { get; init; } = string.Empty;

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
