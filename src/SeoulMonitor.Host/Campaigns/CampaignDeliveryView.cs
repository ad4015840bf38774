using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>One recipient's delivery record and, for an SMS campaign's text the gateway accepted, its carrier status.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The recipient's position in the snapshot.</param>
/// <param name="RecipientId">The recipient's id in the audience source.</param>
/// <param name="Address">The address or mobile number used.</param>
/// <param name="State">The current state.</param>
/// <param name="Attempts">How many delivery attempts counted.</param>
/// <param name="RetryAt">When a deferred recipient is tried again.</param>
/// <param name="ReplyCode">The last SMTP or gateway status code.</param>
/// <param name="Reply">The last reply text or the reason.</param>
/// <param name="UpdatedAt">When the record last changed.</param>
/// <param name="ConsentId">The consent that allowed the send.</param>
/// <param name="Sms">The text's gateway message id, carrier report and SMS/LMS bytes; null for e-mail and for texts not accepted.</param>
public sealed record CampaignDeliveryView(
    Guid CampaignId, long Sequence, string RecipientId, string Address, DeliveryState State, int Attempts, DateTimeOffset? RetryAt,
    int? ReplyCode, string? Reply, DateTimeOffset UpdatedAt, string? ConsentId, SmsDeliveryView? Sms)
{
    internal static CampaignDeliveryView From(DeliveryRecord record, SmsDeliveryView? sms) => new(
        record.CampaignId, record.Sequence, record.RecipientId, record.Address, record.State, record.Attempts, record.RetryAt,
        record.ReplyCode, record.Reply, record.UpdatedAt, record.ConsentId, sms);
}
