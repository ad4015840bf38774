using System.Text.Json;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// The JSON of a field submission: the whole body (application/json, no photos) or the <c>submission</c> part of a
/// multipart/form-data upload whose file parts are named <c>photo.&lt;questionKey&gt;</c>.
/// </summary>
/// <param name="ClientId">The id the phone generated before its first attempt.</param>
/// <param name="FormVersion">The form version the answers were made for.</param>
/// <param name="Answers">The answers, keyed by question key.</param>
/// <param name="CapturedAt">When it was captured, with offset.</param>
/// <param name="Latitude">GPS latitude.</param>
/// <param name="Longitude">GPS longitude.</param>
/// <param name="AccuracyMeters">GPS accuracy in metres.</param>
/// <param name="SupersedesId">The returned submission this one replaces.</param>
internal sealed record SubmissionRequest(
    Guid? ClientId,
    int? FormVersion,
    JsonElement? Answers,
    DateTimeOffset? CapturedAt,
    double? Latitude,
    double? Longitude,
    double? AccuracyMeters,
    Guid? SupersedesId);
