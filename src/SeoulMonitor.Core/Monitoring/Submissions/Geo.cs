namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The ranges of GPS coordinates (WGS 84) and accuracy.</summary>
internal static class Geo
{
    /// <summary>Whether latitude and longitude are both given and in range, and the accuracy is in range (and given, when required).</summary>
    public static bool IsValid(double? latitude, double? longitude, double? accuracy, bool accuracyRequired) =>
        latitude is { } lat && double.IsFinite(lat) && lat is >= -90 and <= 90
        && longitude is { } lon && double.IsFinite(lon) && lon is >= -180 and <= 180
        && (accuracy is { } acc ? double.IsFinite(acc) && acc >= 0 && acc <= SubmissionLimits.MaxAccuracyMeters : !accuracyRequired);
}
