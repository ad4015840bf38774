using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>
/// The two-year renewal date of policy-customer consents: the same Seoul calendar date and time two years after the
/// affirmative answer; an answer on 29 February renews on 28 February (the calendar has no 29th that year).
/// </summary>
public static class ConsentRenewal
{
    /// <summary>Years between affirmative answers.</summary>
    public const int Years = 2;

    /// <summary>The renewal date of an answer given at <paramref name="affirmedAt"/> (UTC).</summary>
    public static DateTimeOffset DueAfter(DateTimeOffset affirmedAt) =>
        SeoulCalendar.ToSeoul(affirmedAt).AddYears(Years).ToUniversalTime();
}
