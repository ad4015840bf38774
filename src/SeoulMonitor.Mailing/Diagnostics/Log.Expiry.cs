using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>The engine's start (the ledger's tables) and deadline expiry across nodes (EventIds 700–749).</summary>
internal static partial class Log
{
    [LoggerMessage(700, LogLevel.Warning,
        "The mail ledger could not be reached to create its tables (attempt {Attempt} of {Attempts}); the engine's start tries again in {Delay}.")]
    public static partial void LedgerInitializeRetrying(this ILogger logger, Exception exception, int attempt, int attempts, TimeSpan delay);

    [LoggerMessage(701, LogLevel.Critical, "The mail ledger's tables could not be created after {Attempts} attempt(s); the mail engine does not start.")]
    public static partial void LedgerInitializeFailed(this ILogger logger, Exception exception, int attempts);

    [LoggerMessage(702, LogLevel.Debug,
        "Campaign {CampaignId} is past its send-by deadline; node {NodeId} marked {Expired} row(s) expired (its own leases {OwnLeases}).")]
    public static partial void ExpiryPass(this ILogger logger, Guid campaignId, string nodeId, long expired, bool ownLeases);
}
