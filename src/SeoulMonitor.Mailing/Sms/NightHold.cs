using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Sms;

/// <summary>
/// The night rule of advertising (정보통신망법 Art. 50 ③; korea-rules §2.2): an advertising SMS is held from
/// <see cref="Start"/> to <see cref="End"/> Seoul time unless the person consented to night sending (the send-time gate
/// answers <see cref="Audience.GateDecision.AllowAtNight"/>). Informational messages are never held, and e-mail is exempt
/// (시행령 61②). A held recipient is deferred until 08:00 Seoul without using an attempt; when 08:00 is at or after the
/// campaign's send-by it is expired instead, never sent late. Seoul time is UTC+9 (Korea has kept no daylight saving
/// time since 1988).
/// </summary>
public static class NightHold
{
    /// <summary>When the night starts (inclusive), Seoul time.</summary>
    public static readonly TimeOnly Start = new(21, 0);

    /// <summary>When the night ends (exclusive), Seoul time.</summary>
    public static readonly TimeOnly End = new(8, 0);

    /// <summary>Seoul's offset from UTC.</summary>
    public static readonly TimeSpan SeoulOffset = TimeSpan.FromHours(9);

    internal const string HeldReason = "Held for the night: advertising SMS wait until 08:00 without night consent. (야간 광고 전송 제한: 08:00까지 대기)";

    internal const string ExpiredReason = "Held for the night past the send-by deadline. (야간 광고 전송 제한으로 발송 기한 내 발송 불가)";

    /// <summary>
    /// When a message of <paramref name="channel"/> and <paramref name="purpose"/> to a person without night consent may
    /// go, if it is held at <paramref name="now"/> (08:00 Seoul, as an instant with the +09:00 offset); otherwise
    /// <see langword="null"/>.
    /// </summary>
    public static DateTimeOffset? HeldUntil(DateTimeOffset now, DeliveryChannel channel, CampaignPurpose purpose)
    {
        if (channel != DeliveryChannel.Sms || purpose != CampaignPurpose.Advertising)
        {
            return null;
        }

        var seoul = now.ToOffset(SeoulOffset);
        var time = TimeOnly.FromTimeSpan(seoul.TimeOfDay);
        var morning = new DateTimeOffset(seoul.Date + End.ToTimeSpan(), SeoulOffset);
        return time >= Start ? morning.AddDays(1)
            : time < End ? morning
            : null;
    }

    /// <summary>The outcome of a held row: deferred until <paramref name="until"/> (no attempt), or expired when that is at or after the send-by.</summary>
    internal static DeliveryOutcome Outcome(LeasedDelivery delivery, DateTimeOffset sendBy, DateTimeOffset until, string? reason = null) =>
        until >= sendBy
            ? new(delivery.CampaignId, delivery.Sequence, DeliveryState.Expired, false, null, null, ExpiredReason)
            : new(delivery.CampaignId, delivery.Sequence, DeliveryState.Deferred, false, until, null, reason ?? HeldReason);
}
