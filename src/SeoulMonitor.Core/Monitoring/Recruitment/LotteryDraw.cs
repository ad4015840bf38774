namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>
/// The reproducible lottery of a task: the applicants are put in a stable order (their monitor ids as 32 lower-case
/// hex digits, compared ordinally), then shuffled by Fisher–Yates (Durstenfeld's version, from the last position
/// down) driven by <see cref="SplitMix64"/> seeded with the task's seed. The same seed and the same set of applicants
/// give the same order whatever the order they applied in, so anyone can re-run and check a draw.
/// </summary>
public static class LotteryDraw
{
    /// <summary>The applicants in draw order: the first <c>capacity</c> are selected, the rest waitlisted in this order.</summary>
    public static IReadOnlyList<Guid> Draw(long seed, IEnumerable<Guid> applicants)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        var order = applicants.Distinct().OrderBy(id => id.ToString("N"), StringComparer.Ordinal).ToArray();
        var random = new SplitMix64(seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = (int)random.NextBelow((ulong)i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
