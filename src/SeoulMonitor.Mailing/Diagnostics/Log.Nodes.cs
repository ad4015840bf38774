using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>Log messages of several nodes sharing one ledger (EventIds 500–549).</summary>
internal static partial class Log
{
    [LoggerMessage(500, LogLevel.Information,
        "Campaign {CampaignId} is {State} in the ledger (changed by another node or process); this node stops sending it and gives back its {Outstanding} claimed row(s).")]
    public static partial void CampaignChangedElsewhere(this ILogger logger, Guid campaignId, string state, long outstanding);

    [LoggerMessage(501, LogLevel.Information,
        "Mailing:Pipeline:NodeId is not set: this process is node {NodeId}, an id that changes on restart (its crash journal is not replayed by the next run). Set a stable NodeId per instance to keep it.")]
    public static partial void NodeIdPerProcess(this ILogger logger, string nodeId);
}
