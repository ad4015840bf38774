namespace SeoulMonitor.Host.Training;

/// <summary>The attendance code a monitor enters at the session.</summary>
/// <param name="Code">The code.</param>
public sealed record CheckInRequest(string? Code);
