namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary>
/// The system clock moved to a chosen wall-clock instant: the engine's timers and delays run in real time, but "now"
/// reads as that instant plus the real time elapsed (so an engine test can run at 22:00 Seoul whatever the hour).
/// </summary>
internal sealed class NightHoldClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
