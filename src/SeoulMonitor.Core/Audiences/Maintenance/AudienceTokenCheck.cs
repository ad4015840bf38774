namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The result of reading a signed audience token.</summary>
/// <param name="Status">Valid, forged or expired.</param>
/// <param name="Subject">The signed subject when valid.</param>
public sealed record AudienceTokenCheck(AudienceTokenStatus Status, string? Subject)
{
    /// <summary>A forged token.</summary>
    public static AudienceTokenCheck Forged { get; } = new(AudienceTokenStatus.Forged, null);

    /// <summary>An expired token.</summary>
    public static AudienceTokenCheck Expired { get; } = new(AudienceTokenStatus.Expired, null);
}
