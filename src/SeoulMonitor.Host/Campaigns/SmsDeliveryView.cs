using SeoulMonitor.Mailing.Sms;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>One text as the SMS gateway accepted it and what the carrier reported, from the ledger's SMS table.</summary>
/// <param name="MessageId">The gateway's message id.</param>
/// <param name="Sequence">The ledger row.</param>
/// <param name="Address">The mobile number.</param>
/// <param name="Kind"><c>Sms</c> or <c>Lms</c> as it was sent (null for texts recorded before the ledger kept it).</param>
/// <param name="Bytes">Its length in EUC-KR bytes (null likewise).</param>
/// <param name="Status"><c>Accepted</c> (no report yet), <c>Delivered</c>, <c>Failed</c> or <c>Expired</c>.</param>
/// <param name="Code">The carrier's code of the report, if any.</param>
/// <param name="ReportedAt">When the carrier reported it.</param>
/// <param name="UpdatedAt">When the ledger last changed the record.</param>
public sealed record SmsDeliveryView(
    string MessageId, long Sequence, string Address, SmsKind? Kind, int? Bytes, SmsCarrierStatus Status, string? Code,
    DateTimeOffset? ReportedAt, DateTimeOffset UpdatedAt)
{
    internal static SmsDeliveryView From(SmsMessageStatus message) => new(
        message.MessageId, message.Sequence, message.Address, message.Kind, message.Bytes, message.Status, message.Code, message.ReportedAt, message.UpdatedAt);
}
