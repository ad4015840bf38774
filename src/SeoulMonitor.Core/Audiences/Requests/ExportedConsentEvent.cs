using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>One entry of the consent history in an export (evidence).</summary>
public sealed record ExportedConsentEvent(
    long Id, long ConsentId, string ListKey, DeliveryChannel Channel, ConsentEventKind Kind, string KindKo, DateTimeOffset At,
    string Actor, Guid? NoticeId, string? Ip, string? UserAgent, string? Detail);
