namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// One identity key (mobile, e-mail, or name + birth date; stored as a SHA-256) held by an open application or by a
/// non-terminal membership. The key is the primary key, so two records can never hold the same person at once, even
/// when two submissions race on different nodes.
/// </summary>
internal sealed class PersonClaim
{
    public required string Key { get; init; }

    /// <summary>The application that holds the key (for a membership: the application it came from).</summary>
    public Guid ApplicationId { get; init; }
}
