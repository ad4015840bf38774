namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// The system clock moved forward by the test (a deadline passing at once, without waiting for it), shared by several
/// engines in one process. Timers and timestamps stay the system's, so the engines' polling and timeouts run as usual.
/// </summary>
internal sealed class MultiNodeClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
