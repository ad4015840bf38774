using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>
/// One subscriber's consent for one list and one channel (at most one row per subscriber, list and channel; its history
/// is the append-only <see cref="ConsentEvent"/> log). Records the notice version the person saw, when and through what
/// it was given, the evidence, the double opt-in confirmation, renewals and the withdrawal.
/// </summary>
public sealed class Consent
{
    /// <summary>The consent's id (the mail engine's consent id is its decimal text).</summary>
    public long Id { get; init; }

    /// <summary>The subscriber.</summary>
    public long SubscriberId { get; init; }

    /// <summary>The list (the purpose).</summary>
    public Guid ListId { get; init; }

    /// <summary>E-mail or SMS.</summary>
    public DeliveryChannel Channel { get; init; }

    /// <summary>Current state.</summary>
    public ConsentState State { get; set; }

    /// <summary>The notice version the person consented to (the latest affirmative answer's).</summary>
    public Guid NoticeId { get; set; }

    /// <summary>Through what it was given.</summary>
    public ConsentSource Source { get; set; }

    /// <summary>When it was given (UTC).</summary>
    public DateTimeOffset GivenAt { get; set; }

    /// <summary>Evidence: the IP address the consent came from, if any.</summary>
    public string? EvidenceIp { get; set; }

    /// <summary>Evidence: the user agent, if any.</summary>
    public string? EvidenceUserAgent { get; set; }

    /// <summary>Evidence: a reference for imported or staff-recorded consents (file, document, call).</summary>
    public string? EvidenceReference { get; set; }

    /// <summary>SHA-256 (hex) of the double opt-in token while it is pending; the token itself is never stored.</summary>
    public string? ConfirmationTokenHash { get; set; }

    /// <summary>When the pending confirmation expires (UTC).</summary>
    public DateTimeOffset? ConfirmationExpiresAt { get; set; }

    /// <summary>When it was confirmed (UTC).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>The last affirmative answer (confirmation or re-consent), the anchor of the renewal clocks (UTC).</summary>
    public DateTimeOffset? LastAffirmedAt { get; set; }

    /// <summary>
    /// Policy-customer lists: the date after which the consent no longer allows sending unless renewed (UTC); null
    /// for other regimes.
    /// </summary>
    public DateTimeOffset? RenewalDueAt { get; set; }

    /// <summary>When the last renewal reminder or advertising confirmation notice was queued (UTC).</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>SMS advertising: whether the person also consented to night sending (21:00–08:00 Seoul).</summary>
    public bool NightSending { get; set; }

    /// <summary>When the night-sending consent was given (UTC), null without it; the evidence is in the consent history.</summary>
    public DateTimeOffset? NightSendingConsentedAt { get; set; }

    /// <summary>When it was withdrawn, lapsed or expired unconfirmed (UTC).</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>How it was withdrawn (form, one-click, staff…), or why it ended.</summary>
    public string? EndReason { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }
}
