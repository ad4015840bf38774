namespace SeoulMonitor.Core.Monitors;

/// <summary>How consent was given (web form): the client's address and user agent, kept with the application.</summary>
/// <param name="SourceAddress">The client address.</param>
/// <param name="UserAgent">The client's user agent (cut to <see cref="MonitorLimits.UserAgentMaxLength"/>).</param>
public sealed record ConsentEvidence(string? SourceAddress, string? UserAgent)
{
    /// <summary>No evidence available.</summary>
    public static ConsentEvidence None { get; } = new(null, null);

    internal string? Address => Cut(SourceAddress, MonitorLimits.SourceAddressMaxLength);

    internal string? Agent => Cut(UserAgent, MonitorLimits.UserAgentMaxLength);

    private static string? Cut(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value : value[..max];
}
