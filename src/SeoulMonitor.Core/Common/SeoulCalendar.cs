namespace SeoulMonitor.Core.Common;

/// <summary>The Asia/Seoul calendar that every date rule of the program uses (ages, terms, deadlines).</summary>
public static class SeoulCalendar
{
    /// <summary>Korea Standard Time (UTC+9, no daylight saving time).</summary>
    public static TimeZoneInfo TimeZone { get; } = FindSeoul();

    /// <summary>The calendar date in Seoul at the given instant.</summary>
    public static DateOnly DateAt(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>Today's date in Seoul according to <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateAt(time.GetUtcNow());
    }

    /// <summary>The instant at which the given Seoul date starts.</summary>
    public static DateTimeOffset StartOf(DateOnly date) =>
        new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9));

    /// <summary>The local Seoul wall-clock time of an instant.</summary>
    public static DateTimeOffset ToSeoul(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    private static TimeZoneInfo FindSeoul()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Seoul", TimeSpan.FromHours(9), "Korea Standard Time", "KST");
        }
    }
}
