using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>One entry of a consent's history in the evidence export.</summary>
public sealed record ConsentEventView(
    long Id, long ConsentId, string List, DeliveryChannel Channel, ConsentEventKind Kind, string KindEn, string KindKo,
    DateTimeOffset At, string Actor, Guid? NoticeId, string? Ip, string? UserAgent, string? Detail);
