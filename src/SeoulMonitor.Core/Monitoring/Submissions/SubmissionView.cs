using System.Text.Json;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>A field submission as its monitor and staff see it.</summary>
public sealed record SubmissionView
{
    /// <summary>The submission's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The client-generated id.</summary>
    public required Guid ClientId { get; init; }

    /// <summary>The task.</summary>
    public required Guid TaskId { get; init; }

    /// <summary>The monitor.</summary>
    public required Guid MonitorId { get; init; }

    /// <summary>The form version of the answers.</summary>
    public required int FormVersion { get; init; }

    /// <summary>The answers (canonical JSON object).</summary>
    public required JsonElement Answers { get; init; }

    /// <summary>When it was captured (UTC).</summary>
    public required DateTimeOffset CapturedAt { get; init; }

    /// <summary>When it was received (UTC).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>GPS latitude.</summary>
    public double? Latitude { get; init; }

    /// <summary>GPS longitude.</summary>
    public double? Longitude { get; init; }

    /// <summary>GPS accuracy in metres.</summary>
    public double? AccuracyMeters { get; init; }

    /// <summary>The review state.</summary>
    public required SubmissionState State { get; init; }

    /// <summary>The review state in Korean.</summary>
    public required string StateKo { get; init; }

    /// <summary>The revision (1 for a first submission).</summary>
    public required int Revision { get; init; }

    /// <summary>The returned submission this one replaced.</summary>
    public Guid? SupersedesId { get; init; }

    /// <summary>The reviewer's reason or note.</summary>
    public string? ReviewReason { get; init; }

    /// <summary>When it was reviewed.</summary>
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>The photos.</summary>
    public required IReadOnlyList<SubmissionPhotoView> Photos { get; init; }

    internal static SubmissionView From(FieldSubmission s, IEnumerable<SubmissionPhoto> photos)
    {
        using var answers = JsonDocument.Parse(s.Answers);
        return new SubmissionView
        {
            Id = s.Id,
            ClientId = s.ClientId,
            TaskId = s.TaskId,
            MonitorId = s.MonitorId,
            FormVersion = s.FormVersion,
            Answers = answers.RootElement.Clone(),
            CapturedAt = s.CapturedAt,
            ReceivedAt = s.ReceivedAt,
            Latitude = s.Latitude,
            Longitude = s.Longitude,
            AccuracyMeters = s.AccuracyMeters,
            State = s.State,
            StateKo = StatusNames.Korean(s.State),
            Revision = s.Revision,
            SupersedesId = s.SupersedesId,
            ReviewReason = s.ReviewReason,
            ReviewedAt = s.ReviewedAt,
            Photos = photos.Select(SubmissionPhotoView.From).ToList(),
        };
    }
}
