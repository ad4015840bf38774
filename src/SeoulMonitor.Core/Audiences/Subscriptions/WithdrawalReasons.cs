namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>How a consent was withdrawn (<see cref="Consents.Consent.EndReason"/> and the event's detail).</summary>
public static class WithdrawalReasons
{
    /// <summary>By the subscriber through the manage link.</summary>
    public const string ManageLink = "manage-link";

    /// <summary>By the RFC 8058 one-click unsubscribe of a campaign message.</summary>
    public const string OneClick = "one-click";

    /// <summary>By staff on the person's request (followed by the staff member's reason).</summary>
    public const string StaffPrefix = "staff: ";
}
