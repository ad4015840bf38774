namespace SeoulMonitor.Core.Monitors;

/// <summary>A change of a monitor's contact data or residence; <see langword="null"/> fields stay as they are.</summary>
/// <param name="Email">New e-mail address.</param>
/// <param name="Mobile">New mobile number.</param>
/// <param name="Province">New province (with <paramref name="District"/>).</param>
/// <param name="District">New district (with <paramref name="Province"/>).</param>
public sealed record ContactChange(string? Email, string? Mobile, string? Province, string? District);
