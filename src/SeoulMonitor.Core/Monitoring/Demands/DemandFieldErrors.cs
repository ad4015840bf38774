using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>Field refusals of demand intake and survey rounds (stable codes).</summary>
public static class DemandFieldErrors
{
    private static DomainError Field(string code, string field, string en, string ko) => DomainError.Validation(code, field, en, ko);

    /// <summary>Title missing.</summary>
    public static DomainError TitleRequired { get; } = Field("demand.title.required", "title", "Give a title.", "제목을 입력하세요.");

    /// <summary>Title too short or long.</summary>
    public static DomainError TitleLength { get; } = Field("demand.title.length", "title",
        $"The title must be {MonitoringLimits.TitleMinLength} to {MonitoringLimits.TitleMaxLength} characters.",
        $"제목은 {MonitoringLimits.TitleMinLength}~{MonitoringLimits.TitleMaxLength}자여야 합니다.");

    /// <summary>Purpose missing.</summary>
    public static DomainError PurposeRequired { get; } = Field("demand.purpose.required", "purpose", "State the purpose.", "목적을 입력하세요.");

    /// <summary>Purpose too long.</summary>
    public static DomainError PurposeTooLong { get; } = Field("demand.purpose.too_long", "purpose",
        $"The purpose may be at most {MonitoringLimits.TextMaxLength} characters.", $"목적은 {MonitoringLimits.TextMaxLength}자 이하여야 합니다.");

    /// <summary>Sites missing.</summary>
    public static DomainError SitesRequired { get; } = Field("demand.sites.required", "sites", "Name the sites to visit.", "대상 장소를 입력하세요.");

    /// <summary>Sites too long.</summary>
    public static DomainError SitesTooLong { get; } = Field("demand.sites.too_long", "sites",
        $"The sites may be at most {MonitoringLimits.SitesMaxLength} characters.", $"대상 장소는 {MonitoringLimits.SitesMaxLength}자 이하여야 합니다.");

    /// <summary>Requirements too long.</summary>
    public static DomainError RequirementsTooLong { get; } = Field("demand.requirements.too_long", "requirements",
        $"The requirements may be at most {MonitoringLimits.TextMaxLength} characters.", $"요건은 {MonitoringLimits.TextMaxLength}자 이하여야 합니다.");

    /// <summary>Start date malformed.</summary>
    public static DomainError PeriodStartInvalid { get; } = Field("demand.period_start.invalid", "periodStart",
        "The first day must be a date such as 2027-04-01.", "시작일은 2027-04-01 형식의 날짜여야 합니다.");

    /// <summary>End date malformed.</summary>
    public static DomainError PeriodEndInvalid { get; } = Field("demand.period_end.invalid", "periodEnd",
        "The last day must be a date such as 2027-05-31.", "종료일은 2027-05-31 형식의 날짜여야 합니다.");

    /// <summary>End before start.</summary>
    public static DomainError PeriodEndBeforeStart { get; } = Field("demand.period.end_before_start", "periodEnd",
        "The last day may not be before the first day.", "종료일은 시작일 이후여야 합니다.");

    /// <summary>Period too long.</summary>
    public static DomainError PeriodTooLong { get; } = Field("demand.period.too_long", "periodEnd",
        $"The period may be at most {DemandLimits.MaxPeriodDays} days.", $"기간은 {DemandLimits.MaxPeriodDays}일 이하여야 합니다.");

    /// <summary>Headcount missing.</summary>
    public static DomainError HeadcountRequired { get; } = Field("demand.headcount.required", "headcount", "Give the number of monitors.", "필요 인원을 입력하세요.");

    /// <summary>Headcount out of range.</summary>
    public static DomainError HeadcountOutOfRange { get; } = Field("demand.headcount.out_of_range", "headcount",
        $"The headcount must be {MonitoringLimits.MinCapacity} to {MonitoringLimits.MaxCapacity}.",
        $"필요 인원은 {MonitoringLimits.MinCapacity}~{MonitoringLimits.MaxCapacity}명이어야 합니다.");

    /// <summary>Reason missing.</summary>
    public static DomainError ReasonRequired { get; } = Field("demand.reason.required", "reason", "State a reason.", "사유를 입력하세요.");

    /// <summary>Reason too long.</summary>
    public static DomainError ReasonTooLong { get; } = Field("demand.reason.too_long", "reason",
        $"The reason may be at most {MonitoringLimits.ReasonMaxLength} characters.", $"사유는 {MonitoringLimits.ReasonMaxLength}자 이하여야 합니다.");

    /// <summary>Round year out of range.</summary>
    public static DomainError RoundYearOutOfRange { get; } = Field("demand_round.year.out_of_range", "year",
        $"The year must be {DemandLimits.MinRoundYear} to {DemandLimits.MaxRoundYear}.", $"연도는 {DemandLimits.MinRoundYear}~{DemandLimits.MaxRoundYear}이어야 합니다.");

    /// <summary>Round title missing or too long.</summary>
    public static DomainError RoundTitleLength { get; } = Field("demand_round.title.length", "title",
        $"The title must be {MonitoringLimits.TitleMinLength} to {MonitoringLimits.TitleMaxLength} characters.",
        $"제목은 {MonitoringLimits.TitleMinLength}~{MonitoringLimits.TitleMaxLength}자여야 합니다.");

    /// <summary>Round opening malformed.</summary>
    public static DomainError RoundOpensInvalid { get; } = Field("demand_round.opens_at.invalid", "opensAt",
        "The opening must be a date and time with an offset, e.g. 2027-01-05T09:00:00+09:00.", "시작 일시는 2027-01-05T09:00:00+09:00 형식이어야 합니다.");

    /// <summary>Round closing malformed.</summary>
    public static DomainError RoundClosesInvalid { get; } = Field("demand_round.closes_at.invalid", "closesAt",
        "The closing must be a date and time with an offset.", "마감 일시는 오프셋을 포함한 일시여야 합니다.");

    /// <summary>Round closes before it opens, or lasts too long.</summary>
    public static DomainError RoundWindowInvalid { get; } = Field("demand_round.window.invalid", "closesAt",
        $"The round must close after it opens and last at most {DemandLimits.MaxRoundLength.TotalDays:0} days.",
        $"마감은 시작 이후여야 하며 기간은 {DemandLimits.MaxRoundLength.TotalDays:0}일 이하여야 합니다.");

    /// <summary>Not an ISO 8601 instant (used by <see cref="RoundOpensInvalid"/>-like checks).</summary>
    internal static DomainError Instant(string code, string field) => Field(code, field,
        "The value must be a date and time with an offset, e.g. 2027-04-01T09:00:00+09:00.", "값은 2027-04-01T09:00:00+09:00 형식의 일시여야 합니다.");
}
