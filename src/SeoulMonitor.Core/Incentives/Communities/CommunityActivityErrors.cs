using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Communities;

/// <summary>Refusals of community activity reports (stable codes).</summary>
public static class CommunityActivityErrors
{
    /// <summary>No such community.</summary>
    public static DomainError CommunityNotFound { get; } = DomainError.NotFound(
        "community_activity.community_not_found", "The community does not exist.", "커뮤니티가 없습니다.");

    /// <summary>No such activity.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "community_activity.not_found", "The community activity does not exist.", "커뮤니티 활동이 없습니다.");

    /// <summary>Only the community's leader (or staff, for reading) may do this.</summary>
    public static DomainError NotLeader { get; } = DomainError.Forbidden(
        "community_activity.not_leader", "Only the community's leader may do this.", "커뮤니티 대표만 할 수 있습니다.");

    /// <summary>Only staff verify or reject.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "community_activity.forbidden", "Only staff may verify or reject community activities.", "커뮤니티 활동은 담당 직원만 확인하거나 반려할 수 있습니다.");

    /// <summary>The community is not active.</summary>
    public static DomainError CommunityNotActive { get; } = DomainError.Conflict(
        "community_activity.community_not_active", "Only an active community reports activities.", "활동 중인 커뮤니티만 활동을 보고할 수 있습니다.");

    /// <summary>Title missing or out of bounds.</summary>
    public static DomainError TitleInvalid { get; } = DomainError.Validation(
        "community_activity.title.invalid", "title",
        $"The title must be {CommunityActivityLimits.TitleMinLength} to {CommunityActivityLimits.TitleMaxLength} characters.",
        $"활동명은 {CommunityActivityLimits.TitleMinLength}~{CommunityActivityLimits.TitleMaxLength}자여야 합니다.");

    /// <summary>The day is not a date, in the future, or too long ago.</summary>
    public static DomainError HeldOnInvalid { get; } = DomainError.Validation(
        "community_activity.held_on.invalid", "heldOn",
        $"The day must be an existing date written yyyy-MM-dd, not after today in Seoul and at most {CommunityActivityLimits.MaxAgeDays} days ago.",
        $"활동일은 yyyy-MM-dd 형식의 실제 날짜로, 오늘(서울) 이전이며 {CommunityActivityLimits.MaxAgeDays}일 이내여야 합니다.");

    /// <summary>Attendees outside 1..member count.</summary>
    public static DomainError AttendeesInvalid { get; } = DomainError.Validation(
        "community_activity.attendees.invalid", "attendees",
        "The number of attendees must be between 1 and the community's member count.",
        "참석 인원은 1명 이상 커뮤니티 구성원 수 이하여야 합니다.");

    /// <summary>Rejection reason missing or out of bounds.</summary>
    public static DomainError ReasonInvalid { get; } = DomainError.Validation(
        "community_activity.reason.invalid", "reason",
        $"Give a reason of {CommunityActivityLimits.ReasonMinLength} to {CommunityActivityLimits.ReasonMaxLength} characters.",
        $"사유를 {CommunityActivityLimits.ReasonMinLength}~{CommunityActivityLimits.ReasonMaxLength}자로 입력하세요.");
}
