namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>A nomination with its explainable score, as staff see it.</summary>
/// <param name="Kind">Monitor or community.</param>
/// <param name="CandidateId">The membership or community id.</param>
/// <param name="Name">The monitor's or community's name.</param>
/// <param name="Rank">The rank within its kind (1 = best).</param>
/// <param name="Points">The total points (the sum of the parts).</param>
/// <param name="Score">The stored score (points × <see cref="AwardLimits.ScoreScale"/>).</param>
/// <param name="Parts">The parts of the score.</param>
/// <param name="Awarded">Whether the committee chose it.</param>
/// <param name="Note">The committee's note.</param>
public sealed record NominationView(
    CandidateKind Kind, Guid CandidateId, string Name, int Rank, long Points, long Score, IReadOnlyList<ScorePart> Parts, bool Awarded, string? Note)
{
    internal static NominationView From(AwardNomination n, string name) =>
        new(n.Kind, n.CandidateId, name, n.Rank, n.Score / AwardLimits.ScoreScale, n.Score, AwardScoring.FromJson(n.Breakdown), n.Awarded, n.Note);
}
