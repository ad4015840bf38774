using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// Processes one bounce message (from the IMAP poller or a webhook): parses it, finds its ledger row by the VERP token
/// (the report's envelope recipient first, then the returned message's <c>X-SM-Ref</c> and Return-Path), records the
/// event against the row (idempotent by report id) and applies the thresholds: a hard bounce or a complaint suppresses
/// the address at once; <see cref="BounceOptions.SoftBounceThreshold"/> soft bounces in a row suppress it (see
/// <see cref="SoftStreakAsync"/>). Suppression goes to the ledger's e-mail list and the in-memory set (the next send skips
/// it) and then to every <see cref="IBounceObserver"/>. A refusal writes nothing. Thread-safe.
/// </summary>
public sealed partial class BounceProcessor
{
    private readonly IDeliveryLedger _ledger;
    private readonly SuppressionList _suppressions;
    private readonly BounceOptions _options;
    private readonly ReturnPathTokens? _tokens;
    private readonly IReadOnlyList<IBounceObserver> _observers;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly MailingMetrics? _metrics;

    internal BounceProcessor(
        IDeliveryLedger ledger, SuppressionList suppressions, IOptions<MailingOptions> options, TimeProvider time,
        IEnumerable<IBounceObserver> observers, ILogger logger, MailingMetrics? metrics = null)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _suppressions = suppressions ?? throw new ArgumentNullException(nameof(suppressions));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value.Bounces;
        _tokens = ReturnPathTokens.FromOptions(_options);
        _observers = [.. observers ?? []];
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _metrics = metrics;
    }

    /// <summary>The largest message accepted, in bytes.</summary>
    public int MaxMessageBytes => _options.MaxMessageBytes;

    /// <summary>
    /// Processes the raw RFC 5322 bytes of one bounce. Refusals: <c>bounce.not_configured</c>, <c>bounce.message.*</c>,
    /// <c>bounce.report.*</c>, <c>bounce.token.missing|malformed|forged</c>, <c>bounce.delivery.unknown</c>.
    /// </summary>
    public async Task<MailingResult<BounceOutcome>> ProcessAsync(ReadOnlyMemory<byte> raw, CancellationToken cancellationToken = default)
    {
        if (_tokens is null)
        {
            return Refuse(BounceErrors.NotConfigured());
        }

        var parsed = BounceReportParser.Parse(raw, _options.MaxMessageBytes);
        if (!parsed.IsSuccess)
        {
            return Refuse(parsed.Error);
        }

        var report = parsed.Value;
        var reference = Resolve(report, _tokens);
        if (!reference.IsSuccess)
        {
            return Refuse(reference.Error);
        }

        var (campaignId, sequence) = reference.Value;
        var row = await _ledger.GetDeliveryAsync(campaignId, sequence, cancellationToken).ConfigureAwait(false);
        var campaign = row is null ? null : await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (row is null || campaign is null)
        {
            return Refuse(BounceErrors.DeliveryUnknown());
        }

        var recipient = Pick(report, row.Address);
        if (recipient.Kind is not { } kind)
        {
            _logger.BounceNotABounce(report.ReportId, campaignId, sequence, recipient.Action);
            return new BounceOutcome(report.ReportId, reference.Value, row.Address, null, Recorded: false, Suppressed: false, SoftStreak: 0);
        }

        var recorded = await _ledger.RecordBounceAsync(new BounceEvent(
            campaignId, sequence, report.ReportId, kind, row.Address, Clip(recipient.Status, BounceEvent.MaxStatusLength),
            Clip(recipient.Diagnostic, BounceEvent.MaxDiagnosticLength), _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var streak = kind == BounceKind.Soft ? await SoftStreakAsync(campaign.Definition.Channel, row.Address, campaignId, cancellationToken).ConfigureAwait(false) : 0;
        var suppress = kind is BounceKind.Hard or BounceKind.Complaint || (kind == BounceKind.Soft && streak >= _options.SoftBounceThreshold);
        if (suppress)
        {
            var reason = Reason(kind, recipient.Status, streak, campaignId);
            await _suppressions.AddAsync(campaign.Definition.Channel, row.Address, reason, cancellationToken).ConfigureAwait(false);
            var suppression = new BounceSuppression(campaign.Definition.Channel, row.Address, kind, reason, campaignId, sequence);
            foreach (var observer in _observers)
            {
                await observer.OnSuppressedAsync(suppression, cancellationToken).ConfigureAwait(false);
            }
        }

        _metrics?.BounceProcessed(kind, suppress);
        _logger.BounceProcessed(report.ReportId, campaignId, sequence, kind.ToString(), recipient.Status, recorded, suppress, streak);
        return new BounceOutcome(report.ReportId, reference.Value, row.Address, kind, recorded, suppress, streak);
    }

    /// <summary>The row's token: the first envelope address that carries a valid one, else the returned message's headers; else the gravest refusal seen.</summary>
    internal static MailingResult<BounceReference> Resolve(BounceReport report, ReturnPathTokens tokens)
    {
        MailingError? gravest = null;
        foreach (var address in report.EnvelopeAddresses)
        {
            var result = tokens.ParseAddress(address);
            if (result.IsSuccess)
            {
                return result;
            }

            gravest = Graver(gravest, result.Error);
        }

        foreach (var result in new[] { tokens.ParseToken(report.ReturnedReference), tokens.ParseAddress(report.ReturnedReturnPath) })
        {
            if (result.IsSuccess)
            {
                return result;
            }

            gravest = Graver(gravest, result.Error);
        }

        return gravest ?? BounceErrors.TokenMissing();
    }

    private static MailingError Graver(MailingError? current, MailingError next) =>
        current is null || Rank(next.Code) > Rank(current.Code) ? next : current;

    private static int Rank(string code) => code switch
    {
        "bounce.token.forged" => 3,
        "bounce.token.malformed" => 2,
        _ => 1,
    };

    /// <summary>The report's block for the row's address; else the first that bounced; else the first.</summary>
    private static BounceRecipient Pick(BounceReport report, string address) =>
        report.Recipients.FirstOrDefault(r => string.Equals(r.FinalRecipient, address, StringComparison.OrdinalIgnoreCase)
                || string.Equals(r.OriginalRecipient, address, StringComparison.OrdinalIgnoreCase))
            ?? report.Recipients.FirstOrDefault(r => r.Kind is not null and not BounceKind.Delayed)
            ?? report.Recipients[0];

    private static string Reason(BounceKind kind, string status, int streak, Guid campaignId) => kind switch
    {
        BounceKind.Hard => $"Hard bounce {status} (campaign {campaignId:N}). (영구 반송)",
        BounceKind.Complaint => $"Complaint: {status} (campaign {campaignId:N}). (스팸 신고)",
        _ => $"{streak} soft bounces in a row, last {status} (campaign {campaignId:N}). (연속 일시 반송)",
    };

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    private MailingError Refuse(MailingError error)
    {
        _metrics?.BounceRefused(error.Code);
        _logger.BounceRefused(error.Code);
        return error;
    }
}
