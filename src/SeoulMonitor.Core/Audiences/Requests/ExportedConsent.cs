using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>One consent in an export, with its notice and evidence.</summary>
public sealed record ExportedConsent(
    long Id, string ListKey, string ListNameKo, string ListNameEn, DeliveryChannel Channel, ConsentState State, string StateKo,
    ExportedNotice? Notice, ConsentSource Source, DateTimeOffset GivenAt, string? EvidenceIp, string? EvidenceUserAgent,
    string? EvidenceReference, DateTimeOffset? ConfirmedAt, DateTimeOffset? LastAffirmedAt, DateTimeOffset? RenewalDueAt,
    DateTimeOffset? ReminderSentAt, bool NightSending, DateTimeOffset? EndedAt, string? EndReason);
