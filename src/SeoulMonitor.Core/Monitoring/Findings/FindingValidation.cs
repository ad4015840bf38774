using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>Input checks of the finding services.</summary>
internal static class FindingValidation
{
    public static Result<(string Title, string Summary)> TitleAndSummary(string? title, string? summary)
    {
        var t = title?.Trim() ?? string.Empty;
        var s = summary?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            return FindingErrors.TitleRequired;
        }

        if (t.Length is < MonitoringLimits.TitleMinLength or > MonitoringLimits.TitleMaxLength)
        {
            return FindingErrors.TitleLength;
        }

        if (s.Length == 0)
        {
            return FindingErrors.SummaryRequired;
        }

        return s.Length > MonitoringLimits.TextMaxLength ? FindingErrors.SummaryTooLong : (t, s);
    }

    /// <summary>The distinct ids, or a refusal when there are none or too many.</summary>
    public static Result<List<Guid>> Ids(IReadOnlyList<Guid>? ids, int max, DomainError none, DomainError tooMany)
    {
        var distinct = (ids ?? []).Where(i => i != Guid.Empty).Distinct().ToList();
        if (distinct.Count == 0)
        {
            return none;
        }

        return distinct.Count > max ? tooMany : distinct;
    }

    /// <summary>Trimmed text; null when blank; refused when <paramref name="required"/> and blank, or too long.</summary>
    public static Result<string?> Text(string? text, DomainError? required)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return required is null ? (string?)null : required;
        }

        return t.Length > FindingLimits.ResponseMaxLength ? FindingErrors.TextTooLong : t;
    }

    /// <summary>An expected date from today (Seoul) to <see cref="FindingLimits.ExpectedDateMaxYears"/> years ahead.</summary>
    public static DomainError? ExpectedDate(DateOnly? date, bool required, DateTimeOffset now)
    {
        if (date is not { } d)
        {
            return required ? FindingErrors.ExpectedDateRequired : null;
        }

        var today = SeoulCalendar.DateAt(now);
        return d < today || d > today.AddYears(FindingLimits.ExpectedDateMaxYears) ? FindingErrors.ExpectedDateOutOfRange : null;
    }

    public static bool IsStaff(Actor actor) => actor.Kind is ActorKind.Staff or ActorKind.System;
}
