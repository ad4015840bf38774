using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.RateLimiting;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>What every worker shares.</summary>
internal sealed record WorkerContext(
    DeliveryLanes Lanes,
    ChannelWriter<PipelineResult> Results,
    BatchSignal ResultsPosted,
    CampaignSignals Signals,
    ISendTimeGate Gate,
    RateLimitGate RateLimits,
    IMailConnectionFactory Connections,
    IMessageFactory Messages,
    SendJournal Journal,
    SuppressionSet Suppressions,
    MailingMetrics Metrics,
    PipelineOptions Options,
    EngineLifetime Lifetime,
    TimeProvider Time,
    ILogger Logger,
    Sms.Gateway.SmsChannel? Sms = null);
