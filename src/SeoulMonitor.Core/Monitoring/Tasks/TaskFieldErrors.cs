using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>Field refusals of task setup (stable codes).</summary>
public static class TaskFieldErrors
{
    private static DomainError F(string code, string field, string en, string ko) => DomainError.Validation(code, field, en, ko);

    /// <summary>Title missing.</summary>
    public static DomainError TitleRequired { get; } = F("task.title.required", "title", "Give a title.", "제목을 입력하세요.");

    /// <summary>Title length.</summary>
    public static DomainError TitleLength { get; } = F("task.title.length", "title",
        $"The title must be {MonitoringLimits.TitleMinLength} to {MonitoringLimits.TitleMaxLength} characters.",
        $"제목은 {MonitoringLimits.TitleMinLength}~{MonitoringLimits.TitleMaxLength}자여야 합니다.");

    /// <summary>Purpose missing.</summary>
    public static DomainError PurposeRequired { get; } = F("task.purpose.required", "purpose", "State the purpose.", "목적을 입력하세요.");

    /// <summary>Purpose too long.</summary>
    public static DomainError PurposeTooLong { get; } = F("task.purpose.too_long", "purpose",
        $"The purpose may be at most {MonitoringLimits.TextMaxLength} characters.", $"목적은 {MonitoringLimits.TextMaxLength}자 이하여야 합니다.");

    /// <summary>Sites missing.</summary>
    public static DomainError SitesRequired { get; } = F("task.sites.required", "sites", "Name the sites to visit.", "대상 장소를 입력하세요.");

    /// <summary>Sites too long.</summary>
    public static DomainError SitesTooLong { get; } = F("task.sites.too_long", "sites",
        $"The sites may be at most {MonitoringLimits.SitesMaxLength} characters.", $"대상 장소는 {MonitoringLimits.SitesMaxLength}자 이하여야 합니다.");

    /// <summary>Department missing.</summary>
    public static DomainError DepartmentRequired { get; } = F("task.department.required", "department", "Name the requesting department.", "요청 부서를 지정하세요.");

    /// <summary>Department not registered.</summary>
    public static DomainError DepartmentUnknown { get; } = F("task.department.unknown", "department", "The department is not registered.", "등록되지 않은 부서입니다.");

    /// <summary>Capacity missing.</summary>
    public static DomainError CapacityRequired { get; } = F("task.capacity.required", "capacity", "Give the number of seats.", "정원을 입력하세요.");

    /// <summary>Capacity out of range.</summary>
    public static DomainError CapacityOutOfRange { get; } = F("task.capacity.out_of_range", "capacity",
        $"The capacity must be {MonitoringLimits.MinCapacity} to {MonitoringLimits.MaxCapacity}.", $"정원은 {MonitoringLimits.MinCapacity}~{MonitoringLimits.MaxCapacity}명이어야 합니다.");

    /// <summary>Unknown selection method.</summary>
    public static DomainError SelectionMethodInvalid { get; } = F("task.selection_method.invalid", "selectionMethod",
        "The selection method must be FirstComeFirstServed or Lottery.", "선정 방법은 FirstComeFirstServed(선착순) 또는 Lottery(추첨)여야 합니다.");

    /// <summary>A seed on a first-come-first-served task.</summary>
    public static DomainError SeedNotAllowed { get; } = F("task.lottery_seed.not_allowed", "lotterySeed",
        "A lottery seed applies to lottery tasks only.", "추첨 시드는 추첨 과제에만 지정할 수 있습니다.");

    /// <summary>An instant is malformed.</summary>
    public static DomainError InstantInvalid(string code, string field) => F(code, field,
        $"'{field}' must be an existing date and time with an offset, e.g. 2027-04-01T09:00:00+09:00.",
        $"'{field}' 값은 2027-04-01T09:00:00+09:00 형식의 실제 일시여야 합니다.");

    /// <summary>Recruitment closes before it opens.</summary>
    public static DomainError RecruitmentOrder { get; } = F("task.windows.recruitment_order", "recruitmentClosesAt",
        "Recruitment must close after it opens.", "모집 마감은 모집 시작 이후여야 합니다.");

    /// <summary>Fieldwork opens before recruitment closes.</summary>
    public static DomainError FieldworkBeforeRecruitmentCloses { get; } = F("task.windows.fieldwork_before_recruitment_closes", "fieldworkOpensAt",
        "Fieldwork may open only when recruitment has closed.", "현장 활동은 모집 마감 이후에 시작해야 합니다.");

    /// <summary>Fieldwork closes before it opens.</summary>
    public static DomainError FieldworkOrder { get; } = F("task.windows.fieldwork_order", "fieldworkClosesAt",
        "Fieldwork must close after it opens.", "현장 활동 종료는 시작 이후여야 합니다.");

    /// <summary>The whole span is too long.</summary>
    public static DomainError SpanTooLong { get; } = F("task.windows.too_long", "fieldworkClosesAt",
        $"From the opening of recruitment to the close of fieldwork may be at most {MonitoringTaskLimits.MaxSpan.TotalDays:0} days.",
        $"모집 시작부터 현장 활동 종료까지는 {MonitoringTaskLimits.MaxSpan.TotalDays:0}일 이하여야 합니다.");

    /// <summary>Too many districts.</summary>
    public static DomainError DistrictsTooMany { get; } = F("task.eligible_districts.too_many", "eligibleDistricts",
        $"At most {MonitoringTaskLimits.MaxEligibleDistricts} districts.", $"자치구는 {MonitoringTaskLimits.MaxEligibleDistricts}개 이하여야 합니다.");

    /// <summary>A district is not a Seoul district.</summary>
    public static DomainError DistrictUnknown(string name) => F("task.eligible_districts.unknown", "eligibleDistricts",
        $"'{Cut(name)}' is not a Seoul district.", $"'{Cut(name)}'은(는) 서울시 자치구가 아닙니다.");

    /// <summary>A district is listed twice.</summary>
    public static DomainError DistrictDuplicate { get; } = F("task.eligible_districts.duplicate", "eligibleDistricts",
        "A district is listed twice.", "자치구가 중복됩니다.");

    /// <summary>Too many training sessions.</summary>
    public static DomainError TrainingTooMany { get; } = F("task.required_training.too_many", "requiredTrainingSessionIds",
        $"At most {MonitoringTaskLimits.MaxRequiredTrainingSessions} training sessions.", $"필수 교육은 {MonitoringTaskLimits.MaxRequiredTrainingSessions}개 이하여야 합니다.");

    /// <summary>A training session is listed twice.</summary>
    public static DomainError TrainingDuplicate { get; } = F("task.required_training.duplicate", "requiredTrainingSessionIds",
        "A training session is listed twice.", "필수 교육이 중복됩니다.");

    /// <summary>A training session does not exist.</summary>
    public static DomainError TrainingNotFound { get; } = F("task.required_training.not_found", "requiredTrainingSessionIds",
        "A required training session does not exist.", "존재하지 않는 교육이 포함되어 있습니다.");

    private static string Cut(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
