namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>
/// The award scoring (configuration section <c>SeoulMonitor:Incentives:Awards</c>). Every weight is whole points per
/// counted item, 0 to <see cref="AwardLimits.MaxWeight"/>; a monitor's score is the sum of count × weight over the parts,
/// penalties subtracted (it may be negative); see <see cref="AwardScoring"/>.
/// </summary>
public sealed class AwardsOptions
{
    /// <summary>The configuration section the host binds.</summary>
    public const string Section = "SeoulMonitor:Incentives:Awards";

    /// <summary>Points per approved submission in the year's tasks. Default 10.</summary>
    public int ApprovedSubmissionWeight { get; set; } = 10;

    /// <summary>Points subtracted per submission returned for corrections (returned or superseded by a resubmission). Default 2.</summary>
    public int ReturnedSubmissionPenalty { get; set; } = 2;

    /// <summary>Points subtracted per rejected submission. Default 5.</summary>
    public int RejectedSubmissionPenalty { get; set; } = 5;

    /// <summary>Points per completed participation (a task of the year with an approved submission). Default 20.</summary>
    public int CompletedParticipationWeight { get; set; } = 20;

    /// <summary>Points per attended training session held in the year. Default 5.</summary>
    public int TrainingAttendanceWeight { get; set; } = 5;

    /// <summary>Points per verified activity (held in the year) of each active community the monitor is a member of. Default 3.</summary>
    public int CommunityActivityWeight { get; set; } = 3;

    /// <summary>Community ranking: points per verified activity of the community held in the year (added to its members' points). Default 10.</summary>
    public int CommunityVerifiedActivityWeight { get; set; } = 10;
}
