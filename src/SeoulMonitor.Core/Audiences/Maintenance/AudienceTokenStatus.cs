namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>What reading a signed audience token found.</summary>
public enum AudienceTokenStatus
{
    /// <summary>Signed by this service for the purpose, not expired.</summary>
    Valid,

    /// <summary>Not a token of this service for the purpose (changed, made up, or for another purpose).</summary>
    Forged,

    /// <summary>Genuine but past its expiry.</summary>
    Expired,
}
