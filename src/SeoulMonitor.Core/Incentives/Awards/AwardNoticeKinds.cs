namespace SeoulMonitor.Core.Incentives.Awards;

/// <summary>The outbox kinds of award notices.</summary>
public static class AwardNoticeKinds
{
    /// <summary>A monitor (or a winning community's leader) is told of the award.</summary>
    public const string Announced = "award-announced";
}
