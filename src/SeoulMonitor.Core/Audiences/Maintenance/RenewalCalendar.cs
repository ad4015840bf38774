using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// The two-year clocks, in the Asia/Seoul calendar. Both add two calendar years to the Seoul wall-clock time of their
/// anchor. The Feb 29 rule: an anchor on 29 February falls due on 28 February of the common year two years later (the
/// earlier date, so a renewal or notice is never late); every other date keeps its month and day.
/// </summary>
public static class RenewalCalendar
{
    /// <summary>Years between renewals or confirmation notices.</summary>
    public const int Years = 2;

    /// <summary>
    /// Policy customers (표준지침 60③): the instant the consent stops allowing sending unless reaffirmed, two calendar
    /// years after the last affirmative consent (same Seoul date and time; 29 Feb → 28 Feb).
    /// </summary>
    public static DateTimeOffset PolicyCustomerDueAt(DateTimeOffset lastAffirmedAt) => AddYears(lastAffirmedAt, Years);

    /// <summary>
    /// Advertising (시행령 62조의3①): the <paramref name="cycle"/>-th confirmation date (1, 2, …), every two years on the
    /// consent's calendar date (29 Feb → 28 Feb in a common year), at the start of that Seoul day.
    /// </summary>
    public static DateTimeOffset AdvertisingConfirmationDate(DateTimeOffset consentedAt, int cycle)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cycle);
        return SeoulCalendar.StartOf(SeoulCalendar.DateAt(consentedAt).AddYears(Years * cycle)).ToUniversalTime();
    }

    private static DateTimeOffset AddYears(DateTimeOffset instant, int years)
    {
        var seoul = SeoulCalendar.ToSeoul(instant);
        // DateTimeOffset.AddYears maps 29 Feb onto 28 Feb of a common year; Seoul has no daylight saving time.
        return seoul.AddYears(years).ToUniversalTime();
    }
}
