using System.Globalization;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>Input checks of demands; each fault has its own code (<see cref="DemandFieldErrors"/>).</summary>
internal static class DemandValidation
{
    public static Result<DemandFields> Fields(
        string? title, string? purpose, string? sites, string? periodStart, string? periodEnd, int? headcount, string? requirements)
    {
        var t = Trim(title);
        var p = Trim(purpose);
        var s = Trim(sites);
        var r = Trim(requirements);
        DomainError? error =
            t is null ? DemandFieldErrors.TitleRequired
            : t.Length is < MonitoringLimits.TitleMinLength or > MonitoringLimits.TitleMaxLength ? DemandFieldErrors.TitleLength
            : p is null ? DemandFieldErrors.PurposeRequired
            : p.Length > MonitoringLimits.TextMaxLength ? DemandFieldErrors.PurposeTooLong
            : s is null ? DemandFieldErrors.SitesRequired
            : s.Length > MonitoringLimits.SitesMaxLength ? DemandFieldErrors.SitesTooLong
            : r?.Length > MonitoringLimits.TextMaxLength ? DemandFieldErrors.RequirementsTooLong
            : null;
        if (error is not null)
        {
            return error;
        }

        if (ParseDate(periodStart) is not { } start)
        {
            return DemandFieldErrors.PeriodStartInvalid;
        }

        if (ParseDate(periodEnd) is not { } end)
        {
            return DemandFieldErrors.PeriodEndInvalid;
        }

        error = end < start ? DemandFieldErrors.PeriodEndBeforeStart
            : end.DayNumber - start.DayNumber + 1 > DemandLimits.MaxPeriodDays ? DemandFieldErrors.PeriodTooLong
            : headcount is null ? DemandFieldErrors.HeadcountRequired
            : headcount is < MonitoringLimits.MinCapacity or > MonitoringLimits.MaxCapacity ? DemandFieldErrors.HeadcountOutOfRange
            : null;
        return error is null ? new DemandFields(t!, p!, s!, start, end, headcount!.Value, r) : error;
    }

    /// <summary>The fields of <paramref name="demand"/> with the revision's non-null values over them.</summary>
    public static Result<DemandFields> Revise(TaskDemand demand, ReviseDemandRequest? revision)
    {
        var r = revision ?? new ReviseDemandRequest();
        return Fields(
            r.Title ?? demand.Title,
            r.Purpose ?? demand.Purpose,
            r.Sites ?? demand.Sites,
            r.PeriodStart ?? Format(demand.PeriodStart),
            r.PeriodEnd ?? Format(demand.PeriodEnd),
            r.Headcount ?? demand.Headcount,
            r.Requirements ?? demand.Requirements);
    }

    public static Result<string?> Reason(string? reason, bool required)
    {
        var trimmed = Trim(reason);
        if (trimmed is null)
        {
            return required ? DemandFieldErrors.ReasonRequired : Result<string?>.Success(null);
        }

        return trimmed.Length > MonitoringLimits.ReasonMaxLength ? DemandFieldErrors.ReasonTooLong : trimmed;
    }

    /// <summary>A calendar date <c>yyyy-MM-dd</c> that exists.</summary>
    public static DateOnly? ParseDate(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
