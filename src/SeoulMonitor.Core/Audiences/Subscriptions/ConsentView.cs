using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>One consent as shown to its subscriber or to staff (state names in English and Korean).</summary>
public sealed record ConsentView(
    long Id,
    string List,
    string ListNameKo,
    DeliveryChannel Channel,
    ConsentState State,
    string StateEn,
    string StateKo,
    Guid NoticeId,
    ConsentSource Source,
    DateTimeOffset GivenAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? LastAffirmedAt,
    DateTimeOffset? RenewalDueAt,
    DateTimeOffset? EndedAt,
    string? EndReason)
{
    internal static ConsentView From(Consent c, MailingList list) => new(
        c.Id, list.Key, list.NameKo, c.Channel, c.State, StatusNames.English(c.State), StatusNames.Korean(c.State), c.NoticeId, c.Source,
        c.GivenAt, c.ConfirmedAt, c.LastAffirmedAt, c.RenewalDueAt, c.EndedAt, c.EndReason);
}
