using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>The SMS rules' log messages (EventIds 550–599).</summary>
internal static partial class Log
{
    [LoggerMessage(550, LogLevel.Information, "SMS campaign {CampaignId} refused at creation: {Code}.")]
    public static partial void SmsCampaignRefused(this ILogger logger, Guid campaignId, string code);

    [LoggerMessage(551, LogLevel.Information, "SMS campaign {CampaignId} created ({Purpose}, sender {Sender}).")]
    public static partial void SmsCampaignCreated(this ILogger logger, Guid campaignId, string purpose, string sender);
}
