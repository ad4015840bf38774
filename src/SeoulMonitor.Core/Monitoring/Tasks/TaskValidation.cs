using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Core.Training;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>Input checks of task setup; each fault has its own code (<see cref="TaskFieldErrors"/>).</summary>
internal static class TaskValidation
{
    private const string SeoulProvinceCode = "11";

    /// <summary>The raw (string) settings of a task, before checking.</summary>
    public sealed record Input(
        string? Title, string? Purpose, string? Department, string? Sites, int? Capacity, SelectionMethod Method, long? Seed,
        string? RecruitmentOpensAt, string? RecruitmentClosesAt, string? FieldworkOpensAt, string? FieldworkClosesAt,
        IReadOnlyList<string>? Districts, IReadOnlyList<Guid>? Training);

    public static Result<TaskSettings> Settings(Input i, RegionCatalog regions)
    {
        var title = Trim(i.Title);
        var purpose = Trim(i.Purpose);
        var sites = Trim(i.Sites);
        var department = Trim(i.Department);
        DomainError? error =
            title is null ? TaskFieldErrors.TitleRequired
            : title.Length is < MonitoringLimits.TitleMinLength or > MonitoringLimits.TitleMaxLength ? TaskFieldErrors.TitleLength
            : purpose is null ? TaskFieldErrors.PurposeRequired
            : purpose.Length > MonitoringLimits.TextMaxLength ? TaskFieldErrors.PurposeTooLong
            : department is null ? TaskFieldErrors.DepartmentRequired
            : department.Length > MonitoringLimits.DepartmentMaxLength ? TaskFieldErrors.DepartmentUnknown
            : sites is null ? TaskFieldErrors.SitesRequired
            : sites.Length > MonitoringLimits.SitesMaxLength ? TaskFieldErrors.SitesTooLong
            : i.Capacity is null ? TaskFieldErrors.CapacityRequired
            : i.Capacity is < MonitoringLimits.MinCapacity or > MonitoringLimits.MaxCapacity ? TaskFieldErrors.CapacityOutOfRange
            : i.Seed is not null && i.Method != SelectionMethod.Lottery ? TaskFieldErrors.SeedNotAllowed
            : null;
        if (error is not null)
        {
            return error;
        }

        var ro = TrainingValidation.ParseInstant(i.RecruitmentOpensAt);
        var rc = TrainingValidation.ParseInstant(i.RecruitmentClosesAt);
        var fo = TrainingValidation.ParseInstant(i.FieldworkOpensAt);
        var fc = TrainingValidation.ParseInstant(i.FieldworkClosesAt);
        error = ro is null ? TaskFieldErrors.InstantInvalid("task.recruitment_opens_at.invalid", "recruitmentOpensAt")
            : rc is null ? TaskFieldErrors.InstantInvalid("task.recruitment_closes_at.invalid", "recruitmentClosesAt")
            : fo is null ? TaskFieldErrors.InstantInvalid("task.fieldwork_opens_at.invalid", "fieldworkOpensAt")
            : fc is null ? TaskFieldErrors.InstantInvalid("task.fieldwork_closes_at.invalid", "fieldworkClosesAt")
            : rc <= ro ? TaskFieldErrors.RecruitmentOrder
            : fo < rc ? TaskFieldErrors.FieldworkBeforeRecruitmentCloses
            : fc <= fo ? TaskFieldErrors.FieldworkOrder
            : fc - ro > MonitoringTaskLimits.MaxSpan ? TaskFieldErrors.SpanTooLong
            : null;
        if (error is not null)
        {
            return error;
        }

        var districts = Districts(i.Districts, SeoulCalendar.DateAt(fo!.Value), regions);
        if (!districts.IsSuccess)
        {
            return districts.Error;
        }

        var training = i.Training ?? [];
        error = training.Count > MonitoringTaskLimits.MaxRequiredTrainingSessions ? TaskFieldErrors.TrainingTooMany
            : training.Distinct().Count() != training.Count ? TaskFieldErrors.TrainingDuplicate
            : null;
        return error ?? (Result<TaskSettings>)new TaskSettings(
            title!, purpose!, department!, sites!, i.Capacity!.Value, i.Method, i.Seed, ro!.Value, rc!.Value, fo.Value, fc!.Value,
            districts.Value, [.. training]);
    }

    /// <summary>A selection method by name (case-insensitive); null means first come, first served.</summary>
    public static Result<SelectionMethod> Method(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return SelectionMethod.FirstComeFirstServed;
        }

        foreach (var method in Enum.GetValues<SelectionMethod>())
        {
            if (string.Equals(method.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return method;
            }
        }

        return TaskFieldErrors.SelectionMethodInvalid;
    }

    public static Result<string> Reason(string? reason)
    {
        var trimmed = Trim(reason);
        return trimmed is null ? TaskErrors.ReasonRequired
            : trimmed.Length > MonitoringLimits.ReasonMaxLength ? TaskErrors.ReasonTooLong
            : trimmed;
    }

    /// <summary>The page's limit (1..<see cref="MonitoringTaskLimits.MaxPageSize"/>) and cursor of <paramref name="list"/>, or their refusal.</summary>
    public static Result<ListCursor?> Page(int limit, string? after, string list)
    {
        if (limit is < 1 or > MonitoringTaskLimits.MaxPageSize)
        {
            return TaskErrors.LimitOutOfRange;
        }

        if (after is null)
        {
            return Result<ListCursor?>.Success(null);
        }

        return ListCursor.TryDecode(list, after, out var cursor) ? Result<ListCursor?>.Success(cursor) : Result<ListCursor?>.Failure(TaskErrors.CursorInvalid);
    }

    private static Result<List<string>> Districts(IReadOnlyList<string>? names, DateOnly on, RegionCatalog regions)
    {
        var input = names ?? [];
        if (input.Count > MonitoringTaskLimits.MaxEligibleDistricts)
        {
            return TaskFieldErrors.DistrictsTooMany;
        }

        var result = new List<string>(input.Count);
        foreach (var name in input)
        {
            var district = string.IsNullOrWhiteSpace(name) ? null : regions.FindDistrict(SeoulProvinceCode, name, on);
            if (district is null)
            {
                return TaskFieldErrors.DistrictUnknown(name ?? string.Empty);
            }

            if (result.Contains(district.NameKo, StringComparer.Ordinal))
            {
                return TaskFieldErrors.DistrictDuplicate;
            }

            result.Add(district.NameKo);
        }

        return result;
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
