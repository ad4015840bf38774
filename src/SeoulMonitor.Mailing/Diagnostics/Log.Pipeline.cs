using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>The pipeline's log messages (EventIds 400–499): summaries per batch, never one warning per message.</summary>
internal static partial class Log
{
    [LoggerMessage(400, LogLevel.Information, "Mail engine started on node {NodeId} with {Workers} worker(s) through transport {Transport}.")]
    public static partial void EngineStarted(this ILogger logger, string nodeId, int workers, string transport);

    [LoggerMessage(401, LogLevel.Information, "Mail engine stopped gracefully; {Released} claimed row(s) released unsent.")]
    public static partial void EngineStopped(this ILogger logger, long released);

    [LoggerMessage(402, LogLevel.Warning, "Replayed {Records} outcome(s) from {Files} journal file(s) of an interrupted run.")]
    public static partial void JournalReplayed(this ILogger logger, int records, int files);

    [LoggerMessage(403, LogLevel.Debug, "Claimed {Count} row(s) of campaign {CampaignId} ({Priority}).")]
    public static partial void Claimed(this ILogger logger, int count, Guid campaignId, string priority);

    [LoggerMessage(404, LogLevel.Debug, "Wrote {Count} outcome(s) to the ledger in {Milliseconds} ms: {Sent} sent, {Deferred} deferred, {Failed} failed, {Other} other.")]
    public static partial void Flushed(this ILogger logger, int count, long milliseconds, int sent, int deferred, int failed, int other);

    [LoggerMessage(405, LogLevel.Error, "Writing {Count} outcome(s) to the ledger failed; retrying in {Delay}.")]
    public static partial void FlushFailed(this ILogger logger, Exception exception, int count, TimeSpan delay);

    [LoggerMessage(406, LogLevel.Warning, "Worker {Worker} could not open a connection through {Transport}; its message is retried later.")]
    public static partial void ConnectFailed(this ILogger logger, Exception exception, int worker, string transport);

    [LoggerMessage(407, LogLevel.Information, "Campaign {CampaignId}: {Event} ({From} -> {To}).")]
    public static partial void CampaignTransitioned(this ILogger logger, Guid campaignId, string @event, string from, string to);

    [LoggerMessage(408, LogLevel.Information, "Campaign {CampaignId}: {Added} recipient(s) added to the snapshot from {Read} read.")]
    public static partial void AudienceLoaded(this ILogger logger, Guid campaignId, long added, long read);

    [LoggerMessage(409, LogLevel.Information, "Campaign {CampaignId} passed its send-by deadline; {Expired} recipient(s) marked expired.")]
    public static partial void CampaignExpired(this ILogger logger, Guid campaignId, long expired);

    [LoggerMessage(410, LogLevel.Error, "The dispatcher failed; it tries again after {Delay}.")]
    public static partial void DispatcherFailed(this ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(411, LogLevel.Error, "Worker {Worker} failed on a message of campaign {CampaignId}; the row is released.")]
    public static partial void WorkerFailed(this ILogger logger, Exception exception, int worker, Guid campaignId);

    [LoggerMessage(412, LogLevel.Warning, "Domain {Domain} throttled us ({Code}); its rate is now {Rate:F1} message(s)/s.")]
    public static partial void DomainThrottled(this ILogger logger, string domain, int code, double rate);

    [LoggerMessage(413, LogLevel.Information, "Loaded {Count} suppressed address(es) for the send-time gate.")]
    public static partial void SuppressionsLoaded(this ILogger logger, int count);
}
