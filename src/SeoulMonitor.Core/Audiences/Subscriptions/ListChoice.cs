using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// One list and channel on the subscribe form, the notice version the person was shown, and whether they ticked it
/// (an unticked choice is recorded nowhere: there is no consent to keep). <paramref name="NightSending"/>: for an SMS
/// choice, whether the person also agreed to receive advertising between 21:00 and 08:00 (a separate consent,
/// 정보통신망법 Art. 50 ③); refused on an e-mail choice (<c>subscription.night_sending.sms_only</c>).
/// </summary>
public sealed record ListChoice(string? List, DeliveryChannel Channel, Guid NoticeId, bool Agreed = true, bool NightSending = false);
