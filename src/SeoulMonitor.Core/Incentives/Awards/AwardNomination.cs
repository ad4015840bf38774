namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>
/// A computed nomination: a candidate's score with its parts (JSON: approved submissions, review outcomes, training
/// attendance, community activity, each with its weight), its rank (ties broken by the stated rule) and the decision.
/// </summary>
public sealed class AwardNomination
{
    /// <summary>The nomination's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The cycle.</summary>
    public Guid CycleId { get; init; }

    /// <summary>A monitor or a community.</summary>
    public CandidateKind Kind { get; init; }

    /// <summary>The membership or community id.</summary>
    public Guid CandidateId { get; init; }

    /// <summary>The total score (points × 100, an integer so ranks are exact).</summary>
    public long Score { get; init; }

    /// <summary>The parts of the score as JSON (name, count, weight, points).</summary>
    public string Breakdown { get; init; } = "[]";

    /// <summary>The rank within its kind (1 = best).</summary>
    public int Rank { get; init; }

    /// <summary>Whether the committee awarded it.</summary>
    public bool Awarded { get; set; }

    /// <summary>The committee's note.</summary>
    public string? Note { get; set; }
}
