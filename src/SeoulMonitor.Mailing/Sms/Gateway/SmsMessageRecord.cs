namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>A text accepted by the gateway: which ledger row its message id belongs to.</summary>
/// <param name="MessageId">The gateway's message id.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The row.</param>
/// <param name="Address">The mobile number sent to.</param>
/// <param name="Kind">SMS or LMS, as it was sent (null when not known).</param>
/// <param name="Bytes">Its length in EUC-KR bytes (null when not known).</param>
public sealed record SmsMessageRecord(string MessageId, Guid CampaignId, long Sequence, string Address, SmsKind? Kind = null, int? Bytes = null);
