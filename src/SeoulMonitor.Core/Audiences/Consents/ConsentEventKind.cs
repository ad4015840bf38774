using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>What happened to a consent (one append-only <see cref="ConsentEvent"/> each).</summary>
public enum ConsentEventKind
{
    /// <summary>Given through the web form: pending its double opt-in confirmation.</summary>
    [Name("Given", "동의")]
    Given,

    /// <summary>Recorded as active with its evidence by staff or an import (no double opt-in).</summary>
    [Name("Recorded", "등록")]
    Recorded,

    /// <summary>Confirmed by the double opt-in token.</summary>
    [Name("Confirmed", "확인")]
    Confirmed,

    /// <summary>Renewed by an affirmative re-consent (or a kept advertising consent).</summary>
    [Name("Reaffirmed", "재동의")]
    Reaffirmed,

    /// <summary>A renewal reminder or advertising confirmation notice was queued.</summary>
    [Name("Reminder queued", "재동의 안내 발송")]
    ReminderQueued,

    /// <summary>Withdrawn.</summary>
    [Name("Withdrawn", "철회")]
    Withdrawn,

    /// <summary>Lapsed without re-consent.</summary>
    [Name("Lapsed", "만료")]
    Lapsed,

    /// <summary>Expired without confirmation.</summary>
    [Name("Unconfirmed", "미확인 만료")]
    Unconfirmed,

    /// <summary>
    /// SMS night sending (advertising 21:00–08:00, 정보통신망법 Art. 50 ③) consented to on an already active SMS consent,
    /// through the web form or an import: the consent stays active, the night consent is added with its evidence.
    /// </summary>
    [Name("Night sending consented", "야간 수신 동의")]
    NightSendingGiven,
}
