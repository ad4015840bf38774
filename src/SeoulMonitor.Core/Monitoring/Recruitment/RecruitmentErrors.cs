using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>Refusals of recruitment and selection (stable codes).</summary>
public static class RecruitmentErrors
{
    /// <summary>No such task (or not visible to the caller).</summary>
    public static DomainError TaskNotFound { get; } = DomainError.NotFound(
        "recruitment.task_not_found", "The monitoring task does not exist.", "모니터링 과제가 없습니다.");

    /// <summary>No such participation in this task.</summary>
    public static DomainError ParticipationNotFound { get; } = DomainError.NotFound(
        "recruitment.participation_not_found", "There is no such application for this task.", "이 과제에 해당 신청 내역이 없습니다.");

    /// <summary>The monitor has not applied to this task.</summary>
    public static DomainError NotApplied { get; } = DomainError.NotFound(
        "recruitment.not_applied", "You have not applied to this task.", "이 과제에 신청한 내역이 없습니다.");

    /// <summary>Recruitment has not opened yet (state Planned, or before the window).</summary>
    public static DomainError NotOpen { get; } = DomainError.Conflict(
        "recruitment.not_open", "Recruitment for this task has not opened yet.", "이 과제의 모집이 아직 시작되지 않았습니다.");

    /// <summary>Recruitment has closed (state past recruiting, or after the window).</summary>
    public static DomainError Closed { get; } = DomainError.Conflict(
        "recruitment.closed", "Recruitment for this task has closed.", "이 과제의 모집이 마감되었습니다.");

    /// <summary>The monitor's membership is not active.</summary>
    public static DomainError MonitorInactive { get; } = DomainError.Rule(
        "recruitment.monitor_inactive", "Only active monitors may apply.", "활동 중인 모니터만 신청할 수 있습니다.");

    /// <summary>The monitor's district is not among the task's districts.</summary>
    public static DomainError DistrictIneligible { get; } = DomainError.Rule(
        "recruitment.district_ineligible", "This task is open to monitors of other districts only.", "이 과제는 다른 자치구 모니터만 신청할 수 있습니다.");

    /// <summary>The monitor attended none of the required training sessions.</summary>
    public static DomainError TrainingRequired { get; } = DomainError.Rule(
        "recruitment.training_required", "This task requires a training session you have not attended.", "이 과제는 필수 교육 이수자만 신청할 수 있습니다.");

    /// <summary>An application of this monitor is already active.</summary>
    public static DomainError AlreadyApplied { get; } = DomainError.Conflict(
        "recruitment.already_applied", "You have already applied to this task.", "이미 이 과제에 신청했습니다.");

    /// <summary>The task takes no more applications.</summary>
    public static DomainError ApplicationsFull { get; } = DomainError.Rule(
        "recruitment.applications_full",
        $"This task takes at most {RecruitmentLimits.MaxApplicationsPerTask} applications.",
        $"이 과제의 신청은 최대 {RecruitmentLimits.MaxApplicationsPerTask}건입니다.");

    /// <summary>Withdrawal or removal after fieldwork closed (or on a task that is not running).</summary>
    public static DomainError WithdrawalClosed { get; } = DomainError.Conflict(
        "recruitment.withdrawal_closed", "Applications can no longer be withdrawn: fieldwork has closed.", "현장 활동이 끝나 더 이상 신청을 취소할 수 없습니다.");

    /// <summary>A lottery task without a seed.</summary>
    public static DomainError LotterySeedMissing { get; } = DomainError.Rule(
        "recruitment.lottery_seed_missing", "The task draws by lottery but has no seed; set one before closing recruitment.", "추첨 과제에 추첨 시드가 없습니다. 모집 마감 전에 시드를 정하세요.");

    /// <summary>Removal reason missing.</summary>
    public static DomainError ReasonRequired { get; } = DomainError.Validation(
        "recruitment.reason.required", "reason", "State the reason for the removal.", "취소 사유를 입력하세요.");

    /// <summary>Removal reason too short or too long.</summary>
    public static DomainError ReasonLength { get; } = DomainError.Validation(
        "recruitment.reason.length", "reason",
        $"The reason must be {RecruitmentLimits.ReasonMinLength} to {RecruitmentLimits.ReasonMaxLength} characters.",
        $"사유는 {RecruitmentLimits.ReasonMinLength}~{RecruitmentLimits.ReasonMaxLength}자여야 합니다.");

    /// <summary>The caller may not do this.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "recruitment.forbidden", "You may not do this.", "권한이 없습니다.");
}
