namespace SeoulMonitor.Core.Monitors;

/// <summary>The answer to a submission: the application and its access token, shown this once and never stored.</summary>
/// <param name="Application">The application.</param>
/// <param name="AccessToken">The secret the applicant uses to check, resubmit or withdraw the application.</param>
public sealed record ApplicationReceipt(ApplicationView Application, string AccessToken);
