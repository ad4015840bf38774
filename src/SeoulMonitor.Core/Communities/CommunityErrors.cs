using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Communities;

/// <summary>Refusals of the communities feature (stable codes).</summary>
public static class CommunityErrors
{
    /// <summary>No such community.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "community.not_found", "The community does not exist.", "커뮤니티가 없습니다.");

    /// <summary>The name is missing.</summary>
    public static DomainError NameRequired { get; } = DomainError.Validation(
        "community.name.required", "name", "Give the community a name.", "커뮤니티 이름을 입력하세요.");

    /// <summary>The name is too short or too long.</summary>
    public static DomainError NameLength { get; } = DomainError.Validation(
        "community.name.length", "name",
        $"The name must be {CommunityLimits.NameMinLength} to {CommunityLimits.NameMaxLength} characters.",
        $"이름은 {CommunityLimits.NameMinLength}~{CommunityLimits.NameMaxLength}자여야 합니다.");

    /// <summary>The description is too long.</summary>
    public static DomainError DescriptionTooLong { get; } = DomainError.Validation(
        "community.description.too_long", "description",
        $"The description may be at most {CommunityLimits.DescriptionMaxLength} characters.",
        $"소개는 {CommunityLimits.DescriptionMaxLength}자 이하여야 합니다.");

    /// <summary>The focus area is not one of the known areas.</summary>
    public static DomainError FocusAreaInvalid { get; } = DomainError.Validation(
        "community.focus_area.invalid", "focusArea",
        $"The focus area must be one of: {string.Join(", ", Enum.GetNames<CommunityFocusArea>())}.",
        $"활동 분야는 다음 중 하나여야 합니다: {string.Join(", ", Enum.GetNames<CommunityFocusArea>())}.");

    /// <summary>Another proposed or active community has the name.</summary>
    public static DomainError NameTaken { get; } = DomainError.Conflict(
        "community.name_taken", "Another community already has this name.", "같은 이름의 커뮤니티가 이미 있습니다.");

    /// <summary>The reason is missing.</summary>
    public static DomainError ReasonRequired { get; } = DomainError.Validation(
        "community.reason.required", "reason", "State a reason.", "사유를 입력하세요.");

    /// <summary>The reason is too long.</summary>
    public static DomainError ReasonTooLong { get; } = DomainError.Validation(
        "community.reason.too_long", "reason",
        $"The reason may be at most {CommunityLimits.ReasonMaxLength} characters.",
        $"사유는 {CommunityLimits.ReasonMaxLength}자 이하여야 합니다.");

    /// <summary>The monitor is not an active monitor.</summary>
    public static DomainError MonitorNotActive { get; } = DomainError.Rule(
        "community.monitor_not_active", "Only active monitors may found, join or be invited to communities.",
        "활동 중인 모니터만 커뮤니티를 만들거나 가입·초대될 수 있습니다.");

    /// <summary>The acting monitor does not lead this community.</summary>
    public static DomainError NotLeader { get; } = DomainError.Forbidden(
        "community.not_leader", "Only this community's leader (or staff) may do this.", "이 커뮤니티의 대표(또는 담당 직원)만 할 수 있습니다.");

    /// <summary>The community is not active.</summary>
    public static DomainError NotActive { get; } = DomainError.Conflict(
        "community.not_active", "The community is not active.", "활동 중인 커뮤니티가 아닙니다.");

    /// <summary>The community has no room.</summary>
    public static DomainError Full { get; } = DomainError.Rule(
        "community.full", $"The community already has {CommunityLimits.MaxMembers} members.",
        $"커뮤니티 정원({CommunityLimits.MaxMembers}명)이 찼습니다.");

    /// <summary>The monitor has no request, invitation or membership in the community.</summary>
    public static DomainError MemberNotFound { get; } = DomainError.NotFound(
        "community.member_not_found", "The monitor has no request, invitation or membership in this community.",
        "이 커뮤니티에 해당 모니터의 신청·초대·가입 기록이 없습니다.");

    /// <summary>A leader with other members tried to leave.</summary>
    public static DomainError LeaderMustHandOver { get; } = DomainError.Rule(
        "community.leader_must_hand_over", "Hand leadership over to another member before leaving.",
        "탈퇴하기 전에 다른 구성원에게 대표를 인계하세요.");

    /// <summary>The leader cannot be removed.</summary>
    public static DomainError CannotRemoveLeader { get; } = DomainError.Rule(
        "community.cannot_remove_leader", "The leader cannot be removed; hand leadership over first.",
        "대표는 제명할 수 없습니다. 먼저 대표를 인계하세요.");

    /// <summary>The new leader is not a current member.</summary>
    public static DomainError NotAMember { get; } = DomainError.Rule(
        "community.not_a_member", "The new leader must be a current member of the community.",
        "새 대표는 커뮤니티의 현재 구성원이어야 합니다.");

    /// <summary>The monitor already leads the community.</summary>
    public static DomainError AlreadyLeader { get; } = DomainError.Rule(
        "community.already_leader", "The monitor already leads the community.", "이미 이 커뮤니티의 대표입니다.");

    /// <summary>A leader tried to dissolve a community that still has other members.</summary>
    public static DomainError NotLastMember { get; } = DomainError.Rule(
        "community.not_last_member", "A leader may dissolve the community only as its last member; staff may dissolve it with a reason.",
        "대표는 마지막 구성원일 때만 해산할 수 있습니다. 담당 직원은 사유를 적어 해산할 수 있습니다.");

    /// <summary>The caller may not do this at all.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "community.forbidden", "You may not do this.", "권한이 없습니다.");
}
