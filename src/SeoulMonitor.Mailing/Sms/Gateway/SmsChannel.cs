using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.RateLimiting;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// What the engine's workers use to send SMS campaigns: templates compiled once per campaign, one
/// <see cref="SmsWriter"/> per worker, the gateway's per-second limit, the gateway client, and the recorder of
/// accepted texts' message ids. Workers are dedicated threads, so a send blocks its thread on the HTTP call.
/// </summary>
internal sealed class SmsChannel : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<Guid, Lazy<TemplateCompileResult>> _templates = new();
    private readonly SmsGatewayClient _client;
    private readonly TokenBucket _bucket;
    private readonly HashSet<string> _recipientRefusals;

    public SmsChannel(
        SmsGatewayClient client, IOptions<SmsGatewayOptions> options, IDeliveryLedger ledger, MailingMetrics metrics, TimeProvider time, ILogger<SmsChannel> logger)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        Metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        Time = time ?? throw new ArgumentNullException(nameof(time));
        _bucket = new TokenBucket(Options.PerSecond, 1, time);
        _recipientRefusals = new HashSet<string>(Options.RecipientRefusalCodes, StringComparer.OrdinalIgnoreCase);
        Recorder = new SmsMessageRecorder(ledger, time, logger);
    }

    public SmsGatewayOptions Options { get; }

    public bool IsConfigured => Options.IsConfigured;

    public TimeProvider Time { get; }

    public MailingMetrics Metrics { get; }

    public SmsMessageRecorder Recorder { get; }

    public SmsWriter CreateWriter() => new(TemplatesOf, Time);

    public TemplateCompileResult TemplatesOf(CampaignDefinition campaign) =>
        _templates.GetOrAdd(campaign.Id, static (_, c) => new Lazy<TemplateCompileResult>(() => Rules.SmsTemplateRules.Compile(c.Template)), campaign).Value;

    /// <summary>Whether a gateway refusal code is about the recipient's number (which then goes on the suppression list).</summary>
    public bool IsRecipientRefusal(string? code) => code is not null && _recipientRefusals.Contains(code);

    /// <summary>
    /// Takes a token of the gateway's per-second limit, blocking the worker while the wait stays within
    /// <see cref="SmsGatewayOptions.MaxRateLimitWait"/>; otherwise returns how long to wait (the row is deferred).
    /// </summary>
    public TimeSpan? AcquireRate(CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            if (_bucket.TryTake(out var retryAfter))
            {
                return null;
            }

            if (waited + retryAfter > Options.MaxRateLimitWait)
            {
                return retryAfter;
            }

            Task.Delay(retryAfter, Time, cancellationToken).GetAwaiter().GetResult();
            waited += retryAfter;
        }
    }

    /// <summary>Posts one text and waits for the answer (on a dedicated worker thread).</summary>
    public SmsGatewayAnswer Send(SmsGatewayRequest request, CancellationToken cancellationToken)
    {
        var answer = _client.SendAsync(request, cancellationToken).GetAwaiter().GetResult();
        Metrics.SmsMessage(answer.Kind, request.Kind);
        return answer;
    }

    public async ValueTask DisposeAsync()
    {
        await Recorder.DisposeAsync().ConfigureAwait(false);
        _bucket.Dispose();
    }

    /// <summary>For containers disposed synchronously: stores the queued message ids, then stops.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
