namespace SeoulMonitor.Host.AccessLog;

/// <summary>The body of a review sign-off.</summary>
/// <param name="Notes">The reviewer's findings and follow-up, if any.</param>
public sealed record SignOffRequest(string? Notes);
