using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>A consent's state. Only <see cref="Active"/> allows a send, and only until its renewal date.</summary>
public enum ConsentState
{
    /// <summary>Given, waiting for the double opt-in confirmation.</summary>
    [Name("Awaiting confirmation", "확인 대기")]
    Pending,

    /// <summary>Confirmed (or recorded by staff or import with evidence): sending is allowed.</summary>
    [Name("Active", "유효")]
    Active,

    /// <summary>Withdrawn by the person (form, one-click unsubscribe, staff on request).</summary>
    [Name("Withdrawn", "철회")]
    Withdrawn,

    /// <summary>The re-consent date passed without an affirmative answer.</summary>
    [Name("Lapsed", "만료")]
    Lapsed,

    /// <summary>Never confirmed before the confirmation token expired.</summary>
    [Name("Unconfirmed", "미확인 만료")]
    Unconfirmed,
}
