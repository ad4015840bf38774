namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>One accepted text and its carrier outcome, as the ledger holds it.</summary>
/// <param name="MessageId">The gateway's message id.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The ledger row.</param>
/// <param name="Address">The mobile number.</param>
/// <param name="Status">The carrier outcome so far.</param>
/// <param name="Code">The carrier's code of the final report, if any.</param>
/// <param name="ReportedAt">When the carrier reported it (from the report).</param>
/// <param name="UpdatedAt">When the ledger last changed this record.</param>
/// <param name="Kind">SMS or LMS, as it was sent (null for texts recorded before the ledger kept it).</param>
/// <param name="Bytes">Its length in EUC-KR bytes (null likewise).</param>
public sealed record SmsMessageStatus(
    string MessageId, Guid CampaignId, long Sequence, string Address, SmsCarrierStatus Status, string? Code, DateTimeOffset? ReportedAt, DateTimeOffset UpdatedAt,
    SmsKind? Kind = null, int? Bytes = null);
