using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// Verifies a delivery report posted by the SMS gateway (signature, timestamp window, size, JSON) and applies it to
/// the ledger: an accepted text moves once to delivered, failed or expired; a repeated or late report changes nothing;
/// a hard carrier failure puts the number on the SMS suppression list. A refused report changes nothing.
/// </summary>
public sealed class SmsDeliveryReportHandler
{
    private readonly IDeliveryLedger _ledger;
    private readonly SmsChannel _channel;
    private readonly SuppressionSet _suppressions;
    private readonly SmsGatewayOptions _options;
    private readonly HashSet<string> _hardCodes;
    private readonly string[] _secrets;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal SmsDeliveryReportHandler(
        IDeliveryLedger ledger, SmsChannel channel, SuppressionSet suppressions, IOptions<SmsGatewayOptions> options, TimeProvider time, ILogger<SmsDeliveryReportHandler> logger)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _channel = channel ?? throw new ArgumentNullException(nameof(channel));
        _suppressions = suppressions ?? throw new ArgumentNullException(nameof(suppressions));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _hardCodes = new HashSet<string>(_options.HardFailureCodes, StringComparer.OrdinalIgnoreCase);
        _secrets = string.IsNullOrEmpty(_options.WebhookSecret) ? []
            : [_options.WebhookSecret, .. _options.PreviousWebhookSecrets.Where(static s => !string.IsNullOrEmpty(s))];
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Verifies and applies one report; a refusal's code says why (nothing was written).</summary>
    public async Task<MailingResult<SmsReportResult>> HandleAsync(
        ReadOnlyMemory<byte> body, string? signature, string? timestamp, CancellationToken cancellationToken = default)
    {
        var checkedReport = Verify(body, signature, timestamp);
        if (!checkedReport.IsSuccess)
        {
            return Refuse(checkedReport.Error);
        }

        var report = checkedReport.Value;
        var now = _time.GetUtcNow();
        var result = await _ledger.ApplySmsReportAsync(report, now, cancellationToken).ConfigureAwait(false);
        if (result.Application == SmsReportApplication.UnknownMessage)
        {
            // The report may have overtaken this node's batch of message ids: store what is queued and look again.
            await _channel.Recorder.FlushAsync(cancellationToken).ConfigureAwait(false);
            result = await _ledger.ApplySmsReportAsync(report, now, cancellationToken).ConfigureAwait(false);
            if (result.Application == SmsReportApplication.UnknownMessage)
            {
                return Refuse(SmsGatewayErrors.UnknownMessage());
            }
        }

        // On every report of a hard failure, also a repeated one (suppressing is idempotent), so that a crash between
        // the two writes is mended by the gateway's retry.
        if (result.Message is { Status: SmsCarrierStatus.Failed, Code: { } code } message && _hardCodes.Contains(code))
        {
            await _ledger.SuppressAsync(DeliveryChannel.Sms, message.Address, $"Carrier: {code}", now, cancellationToken).ConfigureAwait(false);
            _suppressions.Add(DeliveryChannel.Sms, message.Address);
            Log.SmsNumberSuppressed(_logger, message.CampaignId, message.Sequence, code);
        }

        _channel.Metrics.SmsReport(result.Application == SmsReportApplication.Applied ? "applied" : "unchanged");
        Log.SmsReportHandled(_logger, report.MessageId, report.Status.ToString(), result.Application.ToString());
        return result;
    }

    private MailingResult<SmsCarrierReport> Verify(ReadOnlyMemory<byte> body, string? signature, string? timestamp)
    {
        if (string.IsNullOrEmpty(_options.WebhookSecret))
        {
            return SmsGatewayErrors.NotConfigured();
        }

        if (body.Length > SmsGatewayLimits.MaxReportBytes)
        {
            return SmsGatewayErrors.BodyTooLarge();
        }

        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            return SmsGatewayErrors.SignatureMissing();
        }

        if (timestamp.Length > SmsGatewayLimits.MaxTimestampLength
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SmsGatewayErrors.TimestampInvalid();
        }

        if ((_time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > _options.WebhookTolerance)
        {
            return SmsGatewayErrors.TimestampStale();
        }

        var match = SmsWebhookSignature.Match(_secrets, timestamp, body.Span, signature);
        if (match < 0)
        {
            return SmsGatewayErrors.SignatureInvalid();
        }

        if (match > 0)
        {
            Log.SmsWebhookPreviousSecret(_logger, match);
        }

        return Parse(body);
    }

    private static MailingResult<SmsCarrierReport> Parse(ReadOnlyMemory<byte> body)
    {
        SmsDeliveryReportBody? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(body.Span, SmsGatewayJsonContext.Default.SmsDeliveryReportBody);
        }
        catch (JsonException exception)
        {
            return SmsGatewayErrors.Malformed(exception.Message);
        }

        if (parsed is null)
        {
            return SmsGatewayErrors.Malformed("the body is empty.");
        }

        if (string.IsNullOrWhiteSpace(parsed.MessageId) || parsed.MessageId.Length > SmsGatewayLimits.MaxIdLength)
        {
            return SmsGatewayErrors.Malformed($"messageId is required (at most {SmsGatewayLimits.MaxIdLength} characters).");
        }

        if (parsed.Code is { Length: > SmsGatewayLimits.MaxIdLength })
        {
            return SmsGatewayErrors.Malformed($"code has more than {SmsGatewayLimits.MaxIdLength} characters.");
        }

        if (!IsPrintable(parsed.MessageId) || (parsed.Code is { } code && !IsPrintable(code)))
        {
            // A NUL or a lone surrogate cannot be stored in PostgreSQL text (and means a broken gateway anyway).
            return SmsGatewayErrors.Malformed("messageId and code must be printable text (no control characters or lone surrogates).");
        }

        if (parsed.At is not { } at)
        {
            return SmsGatewayErrors.Malformed("at is required.");
        }

        SmsCarrierStatus? status = parsed.Status switch
        {
            "delivered" => SmsCarrierStatus.Delivered,
            "failed" => SmsCarrierStatus.Failed,
            "expired" => SmsCarrierStatus.Expired,
            _ => null,
        };
        return status is { } known
            ? new SmsCarrierReport(parsed.MessageId, known, string.IsNullOrWhiteSpace(parsed.Code) ? null : parsed.Code, at)
            : SmsGatewayErrors.Malformed("status must be delivered, failed or expired.");
    }

    private static bool IsPrintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) || (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[++i]))))
            {
                return false;
            }
        }

        return true;
    }

    private MailingError Refuse(MailingError error)
    {
        _channel.Metrics.SmsReport("refused");
        Log.SmsReportRefused(_logger, error.Code);
        return error;
    }
}
