using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>Refusals of task setup, the task lifecycle and task reads (stable codes).</summary>
public static class TaskErrors
{
    /// <summary>No such task (or not one the caller may see).</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound("task.not_found", "The monitoring task does not exist.", "모니터링 과제가 없습니다.");

    /// <summary>Only staff set tasks up and run their lifecycle.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden("task.forbidden", "Only program staff may do this.", "운영자만 할 수 있습니다.");

    /// <summary>The demand named does not exist.</summary>
    public static DomainError DemandNotFound { get; } = DomainError.NotFound("task.demand_not_found", "The demand does not exist.", "과제 수요가 없습니다.");

    /// <summary>The task's state does not allow editing.</summary>
    public static DomainError NotEditable { get; } = DomainError.Conflict(
        "task.not_editable", "A task can be edited only while planned (windows and a larger capacity also while recruiting).",
        "과제는 준비 단계에서만 수정할 수 있습니다(모집 중에는 일정과 정원 증원만 가능).");

    /// <summary>A field that is locked once recruitment opened.</summary>
    public static DomainError FieldLocked(string field) => new(
        "task.field_locked", ErrorKind.Conflict, $"'{field}' cannot change once recruitment has opened.", $"모집이 시작된 뒤에는 '{field}' 항목을 바꿀 수 없습니다.", field);

    /// <summary>Capacity lowered while recruiting (or below those already selected).</summary>
    public static DomainError CapacityDecrease { get; } = new(
        "task.capacity.decrease_while_recruiting", ErrorKind.Conflict, "While recruiting, the capacity may only grow.", "모집 중에는 정원을 늘리기만 할 수 있습니다.", "capacity");

    /// <summary>Recruitment cannot open without a published form.</summary>
    public static DomainError FormRequired { get; } = DomainError.Rule(
        "task.form_required", "Publish the task's form before opening recruitment.", "모집을 시작하기 전에 양식을 게시하세요.");

    /// <summary>Reason missing.</summary>
    public static DomainError ReasonRequired { get; } = DomainError.Validation("task.reason.required", "reason", "State a reason.", "사유를 입력하세요.");

    /// <summary>Reason too long.</summary>
    public static DomainError ReasonTooLong { get; } = DomainError.Validation("task.reason.too_long", "reason",
        $"The reason may be at most {MonitoringLimits.ReasonMaxLength} characters.", $"사유는 {MonitoringLimits.ReasonMaxLength}자 이하여야 합니다.");

    /// <summary>Page size out of range.</summary>
    public static DomainError LimitOutOfRange { get; } = DomainError.Validation("page.limit.out_of_range", "limit",
        $"limit must be 1 to {MonitoringTaskLimits.MaxPageSize}.", $"limit은 1~{MonitoringTaskLimits.MaxPageSize}이어야 합니다.");

    /// <summary>A page cursor that is not one this list handed out.</summary>
    public static DomainError CursorInvalid { get; } = DomainError.Validation("page.after.invalid", "after",
        "after must be the 'next' cursor of the previous page of this list.", "after에는 이 목록의 이전 페이지가 준 다음 커서를 넣으세요.");

    /// <summary>Offset paging was replaced by cursors.</summary>
    public static DomainError OffsetUnsupported { get; } = DomainError.Validation("page.offset.unsupported", "offset",
        "offset is not supported: follow the 'next' cursor with after.", "offset은 지원하지 않습니다. 다음 커서를 after로 넘기세요.");
}
