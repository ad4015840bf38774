namespace SeoulMonitor.Core.Tests.Audiences.Properties;

/// <summary>One generated step: what is done, by whom, on which list, and how far the clock moves.</summary>
/// <param name="Kind">0–1 subscribe, 2–3 confirm, 4 withdraw, 5 suppress, 6 the clock moves, 7 the daily upkeep runs.</param>
/// <param name="Person">Index into <see cref="ConsentModel.People"/>.</param>
/// <param name="List">Index into <see cref="ConsentModel.Lists"/>.</param>
/// <param name="Step">Index into the clock steps (an hour, 30 hours, 400 days, two years and a day).</param>
public readonly record struct ConsentStep(byte Kind, byte Person, byte List, byte Step)
{
    public static IReadOnlyList<TimeSpan> ClockSteps { get; } =
        [TimeSpan.FromHours(1), TimeSpan.FromHours(30), TimeSpan.FromDays(400), TimeSpan.FromDays(731)];

    public int Action => Kind % 8;

    public string PersonAddress => ConsentModel.People[Person % ConsentModel.People.Count];

    public string ListKey => ConsentModel.Lists[List % ConsentModel.Lists.Count];

    public TimeSpan Clock => ClockSteps[Step % ClockSteps.Count];

    public override string ToString() => Action switch
    {
        0 or 1 => $"subscribe({PersonAddress}, {ListKey})",
        2 or 3 => $"confirm({PersonAddress})",
        4 => $"withdraw({PersonAddress}, {ListKey})",
        5 => $"suppress({PersonAddress})",
        6 => $"clock+{Clock}",
        _ => "upkeep",
    };
}
