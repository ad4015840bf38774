using System.Text.Json;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>
/// The documented scoring. A monitor's points are the sum of six parts, each count × weight:
/// approved submissions (+), submissions returned for corrections (−, returned or superseded by a resubmission),
/// rejected submissions (−), completed participations (+), attended trainings (+) and verified activities of their
/// communities (+). A community's points are its current members' points (each member's total, weight 1) plus its verified activities ×
/// weight; its member count is shown with weight 0 (it only breaks ties).
/// Scores are stored as points × <see cref="AwardLimits.ScoreScale"/>. Ties are broken by <see cref="TieBreakRule"/>.
/// </summary>
public static class AwardScoring
{
    /// <summary>The tie-break rule of monitors, as stated to everyone.</summary>
    public const string TieBreakRule =
        "Higher score first; on equal scores, more approved submissions; then the earlier first approved submission; then the lower membership id.";

    /// <summary>The tie-break rule of monitors, in Korean.</summary>
    public const string TieBreakRuleKo =
        "점수가 높은 순, 같으면 승인된 제출이 많은 순, 그다음 첫 승인 제출이 빠른 순, 그다음 회원 번호가 작은 순.";

    /// <summary>The tie-break rule of communities.</summary>
    public const string CommunityTieBreakRule =
        "Higher score first; on equal scores, more verified activities; then more members; then the lower community id.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The breakdown JSON of parts.</summary>
    public static string ToJson(IReadOnlyList<ScorePart> parts) => JsonSerializer.Serialize(parts, Json);

    /// <summary>The parts stored in a breakdown JSON.</summary>
    public static IReadOnlyList<ScorePart> FromJson(string json) => JsonSerializer.Deserialize<List<ScorePart>>(json, Json) ?? [];

    /// <summary>The sum of the parts' points.</summary>
    public static long Points(IEnumerable<ScorePart> parts) => parts.Sum(p => p.Points);

    internal static IReadOnlyList<ScorePart> MonitorParts(MonitorTally t, AwardsOptions o) =>
    [
        ScorePart.Of("approved_submissions", "승인된 현장 활동 보고", t.Approved, o.ApprovedSubmissionWeight),
        ScorePart.Of("returned_submissions", "보완 요청된 보고", t.Returned, -o.ReturnedSubmissionPenalty),
        ScorePart.Of("rejected_submissions", "반려된 보고", t.Rejected, -o.RejectedSubmissionPenalty),
        ScorePart.Of("completed_participations", "활동 완료한 과제", t.Completed, o.CompletedParticipationWeight),
        ScorePart.Of("training_attendance", "교육 참석", t.Trainings, o.TrainingAttendanceWeight),
        ScorePart.Of("community_activities", "소속 커뮤니티의 확인된 활동", t.CommunityActivities, o.CommunityActivityWeight),
    ];

    internal static IReadOnlyList<ScorePart> CommunityParts(long memberPoints, int members, int activities, AwardsOptions o) =>
    [
        ScorePart.Of("member_points", "구성원 점수 합계", memberPoints, 1),
        ScorePart.Of("members", "구성원 수(동점 처리용, 0점)", members, 0),
        ScorePart.Of("verified_activities", "확인된 커뮤니티 활동", activities, o.CommunityVerifiedActivityWeight),
    ];
}
