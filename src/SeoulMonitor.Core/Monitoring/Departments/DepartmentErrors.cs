using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Departments;

/// <summary>Refusals of the department registry (stable codes).</summary>
public static class DepartmentErrors
{
    /// <summary>Only staff may change the registry.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "department.forbidden", "Only program staff may change the department registry.", "부서 등록·변경은 운영자만 할 수 있습니다.");

    /// <summary>No such department.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "department.not_found", "The department is not registered.", "등록되지 않은 부서입니다.");

    /// <summary>Name missing.</summary>
    public static DomainError NameRequired { get; } = DomainError.Validation(
        "department.name.required", "name", "Give the department's name.", "부서명을 입력하세요.");

    /// <summary>Name too long or with control characters.</summary>
    public static DomainError NameInvalid { get; } = DomainError.Validation(
        "department.name.invalid", "name",
        $"The department's name must be at most {MonitoringLimits.DepartmentMaxLength} characters without control characters.",
        $"부서명은 제어 문자 없이 {MonitoringLimits.DepartmentMaxLength}자 이하여야 합니다.");

    /// <summary>Name already registered.</summary>
    public static DomainError NameTaken { get; } = DomainError.Conflict(
        "department.name_taken", "A department with this name is already registered.", "같은 이름의 부서가 이미 등록되어 있습니다.");
}
