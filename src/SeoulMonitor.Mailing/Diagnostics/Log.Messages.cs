using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>Log messages of the Messages area (EventIds 200–299). No personal data: recipients are named by sequence.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug,
        Message = "Campaign {CampaignId}: composer ready (html {HasHtml}, text {HasText}, DKIM {Dkim} {DkimAlgorithm}, unsubscribe {Unsubscribe})")]
    public static partial void ComposerCreated(
        ILogger logger, Guid campaignId, bool hasHtml, bool hasText, Messages.DkimAlgorithm? dkimAlgorithm, bool dkim, bool unsubscribe);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning,
        Message = "Campaign {CampaignId}: the message for recipient #{Sequence} could not be composed: {Reason}")]
    public static partial void CompositionFailed(ILogger logger, Guid campaignId, long sequence, string reason);
}
