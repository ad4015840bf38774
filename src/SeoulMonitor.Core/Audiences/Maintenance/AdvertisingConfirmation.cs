using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// The two-yearly confirmation of an advertising consent (시행령 62조의3②): the sender's name, the fact and date of the
/// consent, and how to keep or withdraw it. Silence keeps the consent.
/// </summary>
/// <param name="SubscriberId">The subscriber (the message is deleted with them).</param>
/// <param name="Channel">The consent's channel.</param>
/// <param name="To">The normalised address on that channel.</param>
/// <param name="SenderNameKo">The sender, Korean.</param>
/// <param name="SenderNameEn">The sender, English.</param>
/// <param name="ListNameKo">The list's Korean name.</param>
/// <param name="ListNameEn">The list's English name.</param>
/// <param name="ConsentedOn">The consent's date (Seoul).</param>
/// <param name="PreferencesLink">Where to keep or withdraw it.</param>
public sealed record AdvertisingConfirmation(
    long SubscriberId, DeliveryChannel Channel, string To, string SenderNameKo, string SenderNameEn,
    string ListNameKo, string ListNameEn, DateOnly ConsentedOn, Uri PreferencesLink);
