using System.Text.Json;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>What a phone sends for one field submission.</summary>
public sealed record SubmissionDraft
{
    /// <summary>The id the phone generated before its first attempt (required, not empty); retries reuse it.</summary>
    public Guid ClientId { get; init; }

    /// <summary>The form version the answers were made for (the task's current one or an older published one).</summary>
    public int FormVersion { get; init; }

    /// <summary>The answers: a JSON object keyed by question key (photo questions are answered by <see cref="Photos"/>).</summary>
    public JsonElement Answers { get; init; }

    /// <summary>When the monitor captured it, with the phone's offset.</summary>
    public DateTimeOffset CapturedAt { get; init; }

    /// <summary>GPS latitude (WGS 84); latitude, longitude and accuracy are given together or not at all.</summary>
    public double? Latitude { get; init; }

    /// <summary>GPS longitude (WGS 84).</summary>
    public double? Longitude { get; init; }

    /// <summary>GPS accuracy radius in metres.</summary>
    public double? AccuracyMeters { get; init; }

    /// <summary>The photos.</summary>
    public IReadOnlyList<SubmissionPhotoUpload> Photos { get; init; } = [];

    /// <summary>The monitor's own returned submission this one replaces, when resubmitting.</summary>
    public Guid? SupersedesId { get; init; }
}
