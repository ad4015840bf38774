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
                _sms.TryAdd(m.MessageId, new SmsMessageStatus(m.MessageId, m.CampaignId, m.Sequence, m.Address, SmsCarrierStatus.Accepted, null, null, now, m.Kind, m.Bytes));
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

    public Task<SmsMessageStatus?> GetSmsMessageAsync(Guid campaignId, long sequence, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_sms.Values.Where(m => m.CampaignId == campaignId && m.Sequence == sequence).MaxBy(m => m.MessageId, StringComparer.Ordinal));
        }
    }

    public Task<IReadOnlyList<SmsMessageStatus>> ListSmsMessagesAsync(Guid campaignId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<SmsMessageStatus>>([.. _sms.Values.Where(m => m.CampaignId == campaignId && m.Sequence > afterSequence)
                .OrderBy(m => m.Sequence).ThenBy(m => m.MessageId, StringComparer.Ordinal).Take(limit)]);
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
