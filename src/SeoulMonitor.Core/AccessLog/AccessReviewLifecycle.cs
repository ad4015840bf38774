using SeoulMonitor.Core.Common.Lifecycle;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>The lifecycle of a month's access-log review: open until one reviewer signs it off.</summary>
public static class AccessReviewLifecycle
{
    /// <summary>The audit and error-code name of the lifecycle.</summary>
    public const string Entity = "access_review";

    /// <summary>The transitions: a month is signed off once.</summary>
    public static TransitionTable<AccessReviewStatus, AccessReviewEvent> Table { get; } = new(
        Entity,
        (AccessReviewStatus.Open, AccessReviewEvent.SignOff, AccessReviewStatus.SignedOff));

    /// <summary>The audit entity id of a month (<c>2026-01</c>).</summary>
    public static string EntityId(int year, int month) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
}
