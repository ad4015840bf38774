using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Training;

/// <summary>Refusals of the training feature (stable codes).</summary>
public static class TrainingErrors
{
    private static DomainError Field(string code, string field, string message, string messageKo) =>
        DomainError.Validation(code, field, message, messageKo);

    /// <summary>No such session.</summary>
    public static DomainError SessionNotFound { get; } = DomainError.NotFound(
        "training.session_not_found", "The training session does not exist.", "교육이 없습니다.");

    /// <summary>The caller may not do this.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "training.forbidden", "You may not do this.", "권한이 없습니다.");

    /// <summary>Title missing.</summary>
    public static DomainError TitleRequired { get; } = Field("training.title.required", "title", "Give the session a title.", "교육 제목을 입력하세요.");

    /// <summary>Title too short or long.</summary>
    public static DomainError TitleLength { get; } = Field("training.title.length", "title",
        $"The title must be {TrainingLimits.TitleMinLength} to {TrainingLimits.TitleMaxLength} characters.",
        $"제목은 {TrainingLimits.TitleMinLength}~{TrainingLimits.TitleMaxLength}자여야 합니다.");

    /// <summary>Description too long.</summary>
    public static DomainError DescriptionTooLong { get; } = Field("training.description.too_long", "description",
        $"The description may be at most {TrainingLimits.DescriptionMaxLength} characters.", $"설명은 {TrainingLimits.DescriptionMaxLength}자 이하여야 합니다.");

    /// <summary>Location missing.</summary>
    public static DomainError LocationRequired { get; } = Field("training.location.required", "location", "Give the location.", "교육 장소를 입력하세요.");

    /// <summary>Location too long.</summary>
    public static DomainError LocationTooLong { get; } = Field("training.location.too_long", "location",
        $"The location may be at most {TrainingLimits.LocationMaxLength} characters.", $"장소는 {TrainingLimits.LocationMaxLength}자 이하여야 합니다.");

    /// <summary>Start missing or not an ISO 8601 instant with offset.</summary>
    public static DomainError StartsAtInvalid { get; } = Field("training.starts_at.invalid", "startsAt",
        "The start must be an existing date and time with an offset, e.g. 2026-03-10T14:00:00+09:00.", "시작 일시는 2026-03-10T14:00:00+09:00 형식의 실제 일시여야 합니다.");

    /// <summary>Start not in the future.</summary>
    public static DomainError StartsAtInPast { get; } = Field("training.starts_at.in_past", "startsAt", "The start must be in the future.", "시작 일시는 미래여야 합니다.");

    /// <summary>Start too far ahead.</summary>
    public static DomainError StartsAtTooFar { get; } = Field("training.starts_at.too_far", "startsAt",
        "The start may be at most two years ahead.", "시작 일시는 2년 이내여야 합니다.");

    /// <summary>End missing or malformed.</summary>
    public static DomainError EndsAtInvalid { get; } = Field("training.ends_at.invalid", "endsAt",
        "The end must be an existing date and time with an offset.", "종료 일시는 오프셋을 포함한 실제 일시여야 합니다.");

    /// <summary>End not after start.</summary>
    public static DomainError EndsBeforeStart { get; } = Field("training.ends_at.before_start", "endsAt", "The end must be after the start.", "종료 일시는 시작 일시 이후여야 합니다.");

    /// <summary>Too long.</summary>
    public static DomainError DurationTooLong { get; } = Field("training.duration.too_long", "endsAt",
        $"A session may last at most {TrainingLimits.MaxDuration.TotalHours:0} hours.", $"교육 시간은 {TrainingLimits.MaxDuration.TotalHours:0}시간 이하여야 합니다.");

    /// <summary>Capacity missing.</summary>
    public static DomainError CapacityRequired { get; } = Field("training.capacity.required", "capacity", "Give the number of seats.", "정원을 입력하세요.");

    /// <summary>Capacity out of range.</summary>
    public static DomainError CapacityOutOfRange { get; } = Field("training.capacity.out_of_range", "capacity",
        $"The capacity must be 1 to {TrainingLimits.MaxCapacity}.", $"정원은 1~{TrainingLimits.MaxCapacity}명이어야 합니다.");

    /// <summary>Deadline malformed.</summary>
    public static DomainError DeadlineInvalid { get; } = Field("training.registration_deadline.invalid", "registrationDeadline",
        "The registration deadline must be an existing date and time with an offset.", "신청 마감 일시는 오프셋을 포함한 실제 일시여야 합니다.");

    /// <summary>Deadline not between now and the start.</summary>
    public static DomainError DeadlineOutOfRange { get; } = Field("training.registration_deadline.out_of_range", "registrationDeadline",
        "The registration deadline must be in the future and not after the start.", "신청 마감 일시는 미래이면서 시작 일시 이전이어야 합니다.");

    /// <summary>Reason missing.</summary>
    public static DomainError ReasonRequired { get; } = Field("training.reason.required", "reason", "State a reason.", "사유를 입력하세요.");

    /// <summary>Reason too long.</summary>
    public static DomainError ReasonTooLong { get; } = Field("training.reason.too_long", "reason",
        $"The reason may be at most {TrainingLimits.ReasonMaxLength} characters.", $"사유는 {TrainingLimits.ReasonMaxLength}자 이하여야 합니다.");

    /// <summary>Completed before the end.</summary>
    public static DomainError NotEnded { get; } = DomainError.Rule(
        "training.session_not_ended", "A session can be completed only after it ends.", "교육이 끝난 뒤에만 완료 처리할 수 있습니다.");

    /// <summary>Registration is closed (state or deadline).</summary>
    public static DomainError RegistrationClosed { get; } = DomainError.Conflict(
        "training.registration_closed", "Registration for this session is closed.", "이 교육의 신청이 마감되었습니다.");

    /// <summary>No seat left.</summary>
    public static DomainError SessionFull { get; } = DomainError.Rule(
        "training.session_full", "The session is full.", "정원이 찼습니다.");

    /// <summary>Not an active monitor.</summary>
    public static DomainError MonitorNotActive { get; } = DomainError.Rule(
        "training.monitor_not_active", "Only active monitors may register.", "활동 중인 모니터만 신청할 수 있습니다.");

    /// <summary>No registration of this monitor for this session.</summary>
    public static DomainError NotRegistered { get; } = DomainError.NotFound(
        "training.not_registered", "You have no registration for this session.", "이 교육의 신청 내역이 없습니다.");

    /// <summary>Cancelled after the start.</summary>
    public static DomainError CancellationClosed { get; } = DomainError.Rule(
        "training.cancellation_closed", "A registration can be cancelled only before the session starts.", "교육 시작 전에만 신청을 취소할 수 있습니다.");

    /// <summary>Code re-issued for a registration that no longer holds a seat.</summary>
    public static DomainError RegistrationNotActive { get; } = DomainError.Conflict(
        "training.registration_not_active", "The registration no longer holds a seat.", "유효한 신청이 아닙니다.");

    /// <summary>No code given.</summary>
    public static DomainError CodeRequired { get; } = Field("training.code.required", "code", "Enter your attendance code.", "출석 코드를 입력하세요.");

    /// <summary>Wrong code.</summary>
    public static DomainError CodeInvalid { get; } = DomainError.Rule(
        "training.code_invalid", "The attendance code is not valid for this session.", "출석 코드가 올바르지 않습니다.");

    /// <summary>Another registration's code.</summary>
    public static DomainError CodeNotYours { get; } = DomainError.Rule(
        "training.code_not_yours", "This attendance code belongs to another registration.", "다른 신청자의 출석 코드입니다.");

    /// <summary>Code already used.</summary>
    public static DomainError CodeUsed { get; } = DomainError.Conflict(
        "training.code_used", "This attendance code has already been used.", "이미 사용한 출석 코드입니다.");

    /// <summary>Too early.</summary>
    public static DomainError CheckInNotOpen { get; } = DomainError.Rule(
        "training.check_in_not_open", "Check-in has not opened yet.", "아직 출석 확인 시간이 아닙니다.");

    /// <summary>Too late.</summary>
    public static DomainError CheckInClosed { get; } = DomainError.Rule(
        "training.check_in_closed", "Check-in has closed.", "출석 확인 시간이 지났습니다.");
}
