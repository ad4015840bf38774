using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>Refusals of demand intake, survey rounds and screening (stable codes).</summary>
public static class DemandErrors
{
    /// <summary>No such demand (or not the caller's).</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound("demand.not_found", "The demand does not exist.", "과제 수요가 없습니다.");

    /// <summary>The caller may not do this.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden("demand.forbidden", "You may not do this with this demand.", "이 과제 수요에 대해 권한이 없습니다.");

    /// <summary>A department's demand names an unregistered department.</summary>
    public static DomainError DepartmentUnknown { get; } = DomainError.Validation(
        "demand.department.unknown", "department", "The department is not registered.", "등록되지 않은 부서입니다.");

    /// <summary>Staff registering on a department's behalf named none.</summary>
    public static DomainError DepartmentRequired { get; } = DomainError.Validation(
        "demand.department.required", "department", "Name the department.", "부서를 지정하세요.");

    /// <summary>A community proposal without its community.</summary>
    public static DomainError CommunityRequired { get; } = DomainError.Validation(
        "demand.community_id.required", "communityId", "Name the proposing community.", "제안하는 커뮤니티를 지정하세요.");

    /// <summary>No such community.</summary>
    public static DomainError CommunityNotFound { get; } = DomainError.NotFound(
        "demand.community_not_found", "The community does not exist.", "커뮤니티가 없습니다.");

    /// <summary>The community is not active.</summary>
    public static DomainError CommunityNotActive { get; } = DomainError.Rule(
        "demand.community_not_active", "Only an active community may propose a task.", "활동 중인 커뮤니티만 과제를 제안할 수 있습니다.");

    /// <summary>The caller does not lead the community.</summary>
    public static DomainError NotCommunityLeader { get; } = DomainError.Forbidden(
        "demand.not_community_leader", "Only the community's leader may propose a task for it.", "커뮤니티 대표만 과제를 제안할 수 있습니다.");

    /// <summary>No such survey round.</summary>
    public static DomainError RoundNotFound { get; } = DomainError.NotFound(
        "demand.round_not_found", "The demand-survey round does not exist.", "수요조사 회차가 없습니다.");

    /// <summary>The named round has closed.</summary>
    public static DomainError RoundClosed { get; } = DomainError.Rule(
        "demand.round_closed", "The demand-survey round has closed.", "수요조사가 마감되었습니다.");

    /// <summary>The named round has not opened yet.</summary>
    public static DomainError RoundNotOpen { get; } = DomainError.Rule(
        "demand.round_not_open", "The demand-survey round has not opened yet.", "수요조사가 아직 시작되지 않았습니다.");

    /// <summary>A requester tried to resubmit a deferred demand.</summary>
    public static DomainError DeferredReopenedByStaff { get; } = DomainError.Rule(
        "demand.deferred_reopened_by_staff", "A deferred demand is reopened by program staff.", "보류된 수요는 운영자가 재검토합니다.");

    /// <summary>Staff tried to reopen a returned demand.</summary>
    public static DomainError ReturnedResubmittedByRequester { get; } = DomainError.Rule(
        "demand.returned_resubmitted_by_requester", "A returned demand is resubmitted by its requester, with the missing information.",
        "보완 요청된 수요는 요청자가 보완하여 재제출합니다.");

    /// <summary>The demand already has a task.</summary>
    public static DomainError TaskExists { get; } = DomainError.Conflict(
        "demand.task_exists", "A task has already been set up from this demand.", "이 수요로 이미 과제가 만들어졌습니다.");

    /// <summary>Tasks are set up only from selected demands.</summary>
    public static DomainError NotSelected { get; } = DomainError.Conflict(
        "demand.not_selected", "A task can be set up only from a selected demand.", "선정된 수요로만 과제를 만들 수 있습니다.");
}
