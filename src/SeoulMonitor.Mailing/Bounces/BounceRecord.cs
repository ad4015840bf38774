namespace SeoulMonitor.Mailing.Bounces;

/// <summary>A recorded bounce event with its ledger id (keyset cursor of a campaign's bounce history).</summary>
/// <param name="Id">The event's id, increasing.</param>
/// <param name="Event">The event.</param>
public sealed record BounceRecord(long Id, BounceEvent Event);
