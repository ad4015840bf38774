using System.Diagnostics.Metrics;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>
/// SMS instruments: <c>seoulmonitor.mailing.sms.messages</c> (gateway answers, tags <c>outcome</c> and <c>kind</c>) and
/// <c>seoulmonitor.mailing.sms.reports</c> (delivery reports, tag <c>result</c>).
/// </summary>
internal sealed partial class MailingMetrics
{
    private static readonly string[] SmsOutcomeNames = ["accepted", "refused", "temporary", "unavailable"];

    private Counter<long> _smsMessages = null!;
    private Counter<long> _smsReports = null!;

    public void SmsMessage(SmsGatewayAnswerKind outcome, string kind)
    {
        if (_smsMessages.Enabled)
        {
            _smsMessages.Add(1, new("outcome", SmsOutcomeNames[(int)outcome]), new("kind", kind));
        }
    }

    public void SmsReport(string result) => _smsReports.Add(1, new KeyValuePair<string, object?>("result", result));

    partial void InitializeSms()
    {
        _smsMessages = Meter.CreateCounter<long>("seoulmonitor.mailing.sms.messages", "{message}", "Texts handed to the SMS gateway, by answer.");
        _smsReports = Meter.CreateCounter<long>("seoulmonitor.mailing.sms.reports", "{report}", "SMS delivery reports received, by result.");
    }
}
