using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

/// <summary>The SMS message ids and carrier outcomes, in memory, with the contract's semantics.</summary>
internal sealed partial class FakeDeliveryLedger
{
    private readonly Dictionary<string, SmsMessageStatus> _sms = new(StringComparer.Ordinal);

    public Task RecordSmsMessagesAsync(IReadOnlyList<SmsMessageRecord> messages, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var m in messages)
            {
                _sms.TryAdd(m.MessageId, new SmsMessageStatus(m.MessageId, m.CampaignId, m.Sequence, m.Address, SmsCarrierStatus.Accepted, null, null, now));
            }
        }

        return Task.CompletedTask;
    }

    public Task<SmsReportResult> ApplySmsReportAsync(SmsCarrierReport report, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_sms.TryGetValue(report.MessageId, out var message))
            {
                return Task.FromResult(new SmsReportResult(SmsReportApplication.UnknownMessage, null));
            }

            if (message.Status != SmsCarrierStatus.Accepted)
            {
                return Task.FromResult(new SmsReportResult(SmsReportApplication.Unchanged, message));
            }

            message = message with { Status = report.Status, Code = report.Code, ReportedAt = report.At, UpdatedAt = now };
            _sms[report.MessageId] = message;
            return Task.FromResult(new SmsReportResult(SmsReportApplication.Applied, message));
        }
    }

    public Task<SmsMessageStatus?> GetSmsMessageAsync(string messageId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_sms.GetValueOrDefault(messageId));
        }
    }

    /// <summary>Test helper: every SMS record.</summary>
    public IReadOnlyList<SmsMessageStatus> SmsMessages()
    {
        lock (_gate)
        {
            return [.. _sms.Values];
        }
    }
}
