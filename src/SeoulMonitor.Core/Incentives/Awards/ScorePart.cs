namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>One part of an explainable score: <see cref="Points"/> = <see cref="Count"/> × <see cref="Weight"/> (negative for penalties).</summary>
/// <param name="Name">The part's stable name (<c>approved_submissions</c>, …).</param>
/// <param name="NameKo">The part's Korean name.</param>
/// <param name="Count">How many items counted.</param>
/// <param name="Weight">Points per item (negative for a penalty).</param>
/// <param name="Points">The part's points.</param>
public sealed record ScorePart(string Name, string NameKo, long Count, int Weight, long Points)
{
    /// <summary>Creates a part from its count and weight.</summary>
    public static ScorePart Of(string name, string nameKo, long count, int weight) => new(name, nameKo, count, weight, count * weight);
}
