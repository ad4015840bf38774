using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>How an imported line records a consent (Source = Import, State = Active through the lifecycle's <c>Recorded</c>).</summary>
internal static class ImportConsents
{
    /// <summary>Two calendar years after the consent, on the Seoul calendar.</summary>
    public static DateTimeOffset RenewalDue(DateTimeOffset consentedAt) =>
        SeoulCalendar.ToSeoul(consentedAt).AddYears(2).ToUniversalTime();

    /// <summary>The reference kept as evidence: the file's evidence cell and the import.</summary>
    public static string Reference(string evidence, Guid importId) => $"{evidence} (import {importId:D})";

    /// <summary>The event actor.</summary>
    public static string Actor(Guid importId) => $"import:{importId:D}";

    /// <summary>Records <paramref name="consent"/> (new, or ended) as active with the line's evidence; throws when the lifecycle refuses.</summary>
    public static void Record(Consent consent, ImportRow row, ImportListTarget target, Guid importId)
    {
        var state = ConsentLifecycle.Table.Fire(consent.State, ConsentEventKind.Recorded);
        consent.State = state.Value;
        consent.NoticeId = target.NoticeId;
        consent.Source = ConsentSource.Import;
        consent.GivenAt = row.ConsentedAt;
        consent.EvidenceIp = null;
        consent.EvidenceUserAgent = null;
        consent.EvidenceReference = Reference(row.Evidence, importId);
        consent.ConfirmationTokenHash = null;
        consent.ConfirmationExpiresAt = null;
        consent.LastAffirmedAt = row.ConsentedAt;
        consent.RenewalDueAt = target.List.Regime == ConsentRegime.PolicyCustomer ? RenewalDue(row.ConsentedAt) : null;
        consent.ReminderSentAt = null;
        consent.EndedAt = null;
        consent.EndReason = null;
        consent.NightSending = row.NightSending;
        consent.NightSendingConsentedAt = row.NightSending ? row.ConsentedAt : null;
        consent.Version = Guid.NewGuid();
    }

    /// <summary>
    /// Adds night sending to an active SMS consent (a line with <c>night_sending</c> yes for a consent already active)
    /// and returns its history entry (<see cref="ConsentEventKind.NightSendingGiven"/>).
    /// </summary>
    public static ConsentEvent AddNightSending(Consent consent, ImportRow row, Guid importId, DateTimeOffset at)
    {
        consent.State = ConsentLifecycle.Table.Fire(consent.State, ConsentEventKind.NightSendingGiven).Value;
        consent.NightSending = true;
        consent.NightSendingConsentedAt = row.ConsentedAt;
        consent.Version = Guid.NewGuid();
        return new ConsentEvent
        {
            ConsentId = consent.Id,
            SubscriberId = consent.SubscriberId,
            ListId = consent.ListId,
            Channel = consent.Channel,
            Kind = ConsentEventKind.NightSendingGiven,
            At = at,
            Actor = Actor(importId),
            NoticeId = consent.NoticeId,
            Detail = $"{Reference(row.Evidence, importId)}; night-sending",
        };
    }

    /// <summary>The history entry of a recorded consent.</summary>
    public static ConsentEvent Event(Consent consent, Guid importId, DateTimeOffset at) => new()
    {
        ConsentId = consent.Id,
        SubscriberId = consent.SubscriberId,
        ListId = consent.ListId,
        Channel = consent.Channel,
        Kind = ConsentEventKind.Recorded,
        At = at,
        Actor = Actor(importId),
        NoticeId = consent.NoticeId,
        Detail = consent.NightSending ? $"{consent.EvidenceReference}; night-sending" : consent.EvidenceReference,
    };
}
