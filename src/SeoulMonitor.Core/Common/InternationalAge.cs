namespace SeoulMonitor.Core.Common;

/// <summary>
/// International age (만 나이, 민법 158·160): a person completes N years at the start of the N-th anniversary of
/// the birth day. Someone born on 29 February completes a year on 1 March in common years (the period ends at the
/// end of 28 February, 민법 160③), so born 2004-02-29 is 18 on 2023-02-28 and 19 on 2023-03-01.
/// <see cref="DateOnly.AddYears(int)"/> returns 28 February and would admit such a person one day early.
/// </summary>
public static class InternationalAge
{
    /// <summary>The first day on which a person born on <paramref name="birthDate"/> has completed <paramref name="years"/> years.</summary>
    public static DateOnly Anniversary(DateOnly birthDate, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        var year = birthDate.Year + years;
        return birthDate is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, birthDate.Month, birthDate.Day);
    }

    /// <summary>The age in full years on <paramref name="date"/> (negative before birth is not defined: returns 0).</summary>
    public static int On(DateOnly birthDate, DateOnly date)
    {
        if (date < birthDate)
        {
            return 0;
        }

        var years = date.Year - birthDate.Year;
        return date >= Anniversary(birthDate, years) ? years : years - 1;
    }

    /// <summary>Whether the person has completed at least <paramref name="years"/> years on <paramref name="date"/>.</summary>
    public static bool IsAtLeast(DateOnly birthDate, DateOnly date, int years) => date >= Anniversary(birthDate, years);
}
