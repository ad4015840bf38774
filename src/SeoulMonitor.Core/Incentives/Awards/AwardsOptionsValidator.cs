using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The rules of <see cref="AwardsOptions"/>; a broken configuration fails at start.</summary>
internal sealed class AwardsOptionsValidator : IValidateOptions<AwardsOptions>
{
    public ValidateOptionsResult Validate(string? name, AwardsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var weights = new (string Name, int Value)[]
        {
            (nameof(options.ApprovedSubmissionWeight), options.ApprovedSubmissionWeight),
            (nameof(options.ReturnedSubmissionPenalty), options.ReturnedSubmissionPenalty),
            (nameof(options.RejectedSubmissionPenalty), options.RejectedSubmissionPenalty),
            (nameof(options.CompletedParticipationWeight), options.CompletedParticipationWeight),
            (nameof(options.TrainingAttendanceWeight), options.TrainingAttendanceWeight),
            (nameof(options.CommunityActivityWeight), options.CommunityActivityWeight),
            (nameof(options.CommunityVerifiedActivityWeight), options.CommunityVerifiedActivityWeight),
        };
        var failures = weights.Where(w => w.Value is < 0 or > AwardLimits.MaxWeight)
            .Select(w => $"Incentives:Awards:{w.Name} must be between 0 and {AwardLimits.MaxWeight}.")
            .ToList();
        if (options.ApprovedSubmissionWeight + options.CompletedParticipationWeight + options.TrainingAttendanceWeight + options.CommunityActivityWeight <= 0)
        {
            failures.Add("Incentives:Awards: at least one of the monitor weights (approved submissions, completed participations, training, community activity) must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
