using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>Refusals of field submissions and their review (stable codes).</summary>
public static class SubmissionErrors
{
    /// <summary>No such task.</summary>
    public static DomainError TaskNotFound { get; } = DomainError.NotFound(
        "submission.task_not_found", "The monitoring task does not exist.", "모니터링 과제가 없습니다.");

    /// <summary>Fieldwork has not opened.</summary>
    public static DomainError NotOpen { get; } = DomainError.Conflict(
        "submission.not_open", "Fieldwork for this task has not opened; submissions are not accepted yet.", "이 과제의 현장 활동이 아직 시작되지 않아 제출할 수 없습니다.");

    /// <summary>Fieldwork has closed.</summary>
    public static DomainError FieldworkClosed { get; } = DomainError.Conflict(
        "submission.fieldwork_closed", "Fieldwork for this task has closed; submissions are no longer accepted.", "이 과제의 현장 활동이 끝나 더 이상 제출할 수 없습니다.");

    /// <summary>The monitor holds no selected (or completed) participation in the task.</summary>
    public static DomainError NotSelected { get; } = DomainError.Forbidden(
        "submission.not_selected", "Only monitors selected for this task may submit.", "이 과제에 선정된 모니터만 제출할 수 있습니다.");

    /// <summary>Client id missing.</summary>
    public static DomainError ClientIdRequired { get; } = DomainError.Validation(
        "submission.client_id.required", "clientId", "Give the submission's client-generated id (a non-empty UUID).", "제출의 클라이언트 ID(UUID)를 입력하세요.");

    /// <summary>The client id was used by another monitor or for a different payload.</summary>
    public static DomainError ClientIdConflict { get; } = DomainError.Conflict(
        "submission.client_id_conflict", "This client id was already used for a different submission.", "이 클라이언트 ID는 이미 다른 제출에 사용되었습니다.");

    /// <summary>The form version is not one of the task's published versions.</summary>
    public static DomainError FormVersionUnknown { get; } = DomainError.Validation(
        "submission.form_version_unknown", "formVersion", "The form version is not one of this task's published versions.", "이 과제에 게시된 설문 버전이 아닙니다.");

    /// <summary>Capture time in the future or before fieldwork opened.</summary>
    public static DomainError CapturedAtInvalid { get; } = DomainError.Validation(
        "submission.captured_at.invalid", "capturedAt",
        $"The capture time must lie between the opening of fieldwork and now (at most {SubmissionLimits.MaxClockSkew.TotalMinutes:0} minutes ahead).",
        $"작성 일시는 현장 활동 시작 이후이고 현재 시각(최대 {SubmissionLimits.MaxClockSkew.TotalMinutes:0}분 오차) 이전이어야 합니다.");

    /// <summary>GPS out of range or only partly given.</summary>
    public static DomainError LocationInvalid { get; } = DomainError.Validation(
        "submission.location.invalid", "location",
        $"Give latitude (-90..90), longitude (-180..180) and accuracy (0..{SubmissionLimits.MaxAccuracyMeters:0} m) together, or none of them.",
        $"위도(-90~90), 경도(-180~180), 정확도(0~{SubmissionLimits.MaxAccuracyMeters:0}m)를 모두 입력하거나 모두 비우세요.");

    /// <summary>The answers are not a JSON object.</summary>
    public static DomainError AnswersInvalid { get; } = DomainError.Validation(
        "submission.answers.invalid", "answers", "The answers must be a JSON object keyed by question key.", "답변은 문항 키를 이름으로 하는 JSON 객체여야 합니다.");

    /// <summary>The answers document is too long.</summary>
    public static DomainError AnswersTooLong { get; } = DomainError.Validation(
        "submission.answers.too_long", "answers", $"The answers may be at most {SubmissionLimits.MaxAnswersLength} characters of JSON.", $"답변은 JSON {SubmissionLimits.MaxAnswersLength}자 이하여야 합니다.");

    /// <summary>The whole submission is too large.</summary>
    public static DomainError TooLarge { get; } = DomainError.Validation(
        "submission.too_large", "photos", $"A submission may be at most {SubmissionLimits.MaxTotalBytes / (1024 * 1024)} MiB in all.", $"제출 전체 크기는 {SubmissionLimits.MaxTotalBytes / (1024 * 1024)}MiB 이하여야 합니다.");

    /// <summary>The replaced submission does not exist or is not the monitor's own of this task.</summary>
    public static DomainError SupersedesInvalid { get; } = DomainError.Validation(
        "submission.supersedes.invalid", "supersedesId", "The submission to replace must be your own returned submission of this task.", "재제출 대상은 이 과제에서 보완 요청을 받은 본인의 제출이어야 합니다.");

    /// <summary>No such submission.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "submission.not_found", "The submission does not exist.", "제출 내역이 없습니다.");

    /// <summary>No such photo.</summary>
    public static DomainError PhotoNotFound { get; } = DomainError.NotFound(
        "submission.photo_not_found", "The photo does not exist.", "사진이 없습니다.");

    /// <summary>Not the owner and not staff.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "submission.forbidden", "Only the monitor who submitted it and staff may see this submission.", "제출한 모니터와 담당 직원만 볼 수 있습니다.");

    /// <summary>Only staff review submissions.</summary>
    public static DomainError ReviewForbidden { get; } = DomainError.Forbidden(
        "submission.review_forbidden", "Only staff may review submissions.", "제출 검토는 담당 직원만 할 수 있습니다.");

    /// <summary>Review reason missing.</summary>
    public static DomainError ReasonRequired { get; } = DomainError.Validation(
        "submission.reason.required", "reason", "State a reason; the monitor reads it.", "사유를 입력하세요. 모니터에게 전달됩니다.");

    /// <summary>Review reason or note too long.</summary>
    public static DomainError ReasonTooLong { get; } = DomainError.Validation(
        "submission.reason.too_long", "reason", $"The reason may be at most {SubmissionLimits.ReasonMaxLength} characters.", $"사유는 {SubmissionLimits.ReasonMaxLength}자 이하여야 합니다.");

    /// <summary>Bulk approval without ids.</summary>
    public static DomainError BulkEmpty { get; } = DomainError.Validation(
        "submission.bulk.empty", "ids", "Give at least one submission id.", "제출 ID를 하나 이상 입력하세요.");

    /// <summary>Bulk approval of too many ids.</summary>
    public static DomainError BulkTooMany { get; } = DomainError.Validation(
        "submission.bulk.too_many", "ids", $"At most {SubmissionLimits.MaxBulk} submissions may be approved at once.", $"한 번에 최대 {SubmissionLimits.MaxBulk}건까지 승인할 수 있습니다.");

    /// <summary>Bulk approval with a repeated id.</summary>
    public static DomainError BulkDuplicate { get; } = DomainError.Validation(
        "submission.bulk.duplicate", "ids", "Each submission id may appear once.", "같은 제출 ID가 두 번 이상 있습니다.");

    /// <summary>Bulk approval naming another task's submission.</summary>
    public static DomainError BulkOtherTask { get; } = DomainError.Validation(
        "submission.bulk.other_task", "ids", "Every submission must belong to the task.", "모든 제출이 해당 과제의 것이어야 합니다.");

    /// <summary>Page size out of range.</summary>
    public static DomainError LimitInvalid { get; } = DomainError.Validation(
        "submission.limit.invalid", "limit", $"The page size must be 1 to {SubmissionLimits.MaxPageSize}.", $"페이지 크기는 1~{SubmissionLimits.MaxPageSize}이어야 합니다.");

    /// <summary>The submission's task was cancelled: there is nothing left to review.</summary>
    public static DomainError TaskCancelled { get; } = DomainError.Conflict(
        "submission.task_cancelled", "The task was cancelled; its submissions can no longer be reviewed.", "취소된 과제의 제출은 더 이상 검토할 수 없습니다.");

    /// <summary>Returning asks the monitor to resubmit, which is impossible once fieldwork has closed.</summary>
    public static DomainError ReturnClosed { get; } = DomainError.Conflict(
        "submission.return_closed",
        "Fieldwork has closed, so the monitor could not resubmit; approve or reject the submission instead.",
        "현장 활동이 끝나 다시 제출할 수 없으므로 보완 요청 대신 승인하거나 반려하세요.");
}
