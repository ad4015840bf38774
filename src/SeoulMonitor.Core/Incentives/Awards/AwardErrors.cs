using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>Refusals of award cycles (stable codes).</summary>
public static class AwardErrors
{
    /// <summary>Only staff run award cycles.</summary>
    public static DomainError Forbidden { get; } = DomainError.Forbidden(
        "award.forbidden", "Only staff may run award cycles.", "우수 시상은 담당 직원만 진행할 수 있습니다.");

    /// <summary>No cycle for the year.</summary>
    public static DomainError CycleNotFound { get; } = DomainError.NotFound(
        "award.cycle_not_found", "There is no award cycle for the year.", "해당 연도의 우수 시상이 없습니다.");

    /// <summary>A cycle for the year exists.</summary>
    public static DomainError CycleExists { get; } = DomainError.Conflict(
        "award.cycle_exists", "An award cycle for the year already exists.", "해당 연도의 우수 시상이 이미 있습니다.");

    /// <summary>Year out of range.</summary>
    public static DomainError YearInvalid { get; } = DomainError.Validation(
        "award.year.invalid", "year",
        $"The year must be {IncentiveLimits.MinYear} to {IncentiveLimits.MaxYear}.", $"연도는 {IncentiveLimits.MinYear}~{IncentiveLimits.MaxYear} 사이여야 합니다.");

    /// <summary>Monitor award count out of range.</summary>
    public static DomainError MonitorAwardsInvalid { get; } = DomainError.Validation(
        "award.monitor_awards.invalid", "monitorAwards",
        $"The number of monitor awards must be {AwardLimits.MinMonitorAwards} to {AwardLimits.MaxMonitorAwards}.",
        $"우수 모니터 수는 {AwardLimits.MinMonitorAwards}~{AwardLimits.MaxMonitorAwards}명이어야 합니다.");

    /// <summary>Community award count out of range.</summary>
    public static DomainError CommunityAwardsInvalid { get; } = DomainError.Validation(
        "award.community_awards.invalid", "communityAwards",
        $"The number of community awards must be {AwardLimits.MinCommunityAwards} to {AwardLimits.MaxCommunityAwards}.",
        $"우수 커뮤니티 수는 {AwardLimits.MinCommunityAwards}~{AwardLimits.MaxCommunityAwards}개여야 합니다.");

    /// <summary>More monitor winners than declared.</summary>
    public static DomainError TooManyMonitors { get; } = DomainError.Rule(
        "award.decision.too_many_monitors", "More monitors were chosen than the cycle awards.", "선정한 모니터 수가 시상 인원을 넘습니다.");

    /// <summary>More community winners than declared.</summary>
    public static DomainError TooManyCommunities { get; } = DomainError.Rule(
        "award.decision.too_many_communities", "More communities were chosen than the cycle awards.", "선정한 커뮤니티 수가 시상 수를 넘습니다.");

    /// <summary>A winner was not nominated.</summary>
    public static DomainError NotNominated { get; } = DomainError.Rule(
        "award.decision.not_nominated", "Every winner must be one of the cycle's nominations.", "수상자는 산정된 후보 중에서만 선정할 수 있습니다.");

    /// <summary>A winner was named twice.</summary>
    public static DomainError Duplicate { get; } = DomainError.Validation(
        "award.decision.duplicate", "winners", "A winner is named twice.", "같은 수상자가 두 번 있습니다.");

    /// <summary>No winner.</summary>
    public static DomainError Empty { get; } = DomainError.Validation(
        "award.decision.empty", "monitorIds", "Choose at least one winner.", "수상자를 한 명 이상 선정하세요.");

    /// <summary>Committee note too long.</summary>
    public static DomainError NoteTooLong { get; } = DomainError.Validation(
        "award.note.too_long", "note", $"The note may be at most {AwardLimits.NoteMaxLength} characters.", $"메모는 {AwardLimits.NoteMaxLength}자 이하여야 합니다.");
}
