namespace SeoulMonitor.Mailing.Bounces;

/// <summary>What processing one report did.</summary>
/// <param name="ReportId">The report's id (Message-ID or content hash).</param>
/// <param name="Reference">The ledger row it named.</param>
/// <param name="Address">The row's address.</param>
/// <param name="Kind">The classification, or <see langword="null"/> when the report is not a bounce (delivered, relayed) and nothing was recorded.</param>
/// <param name="Recorded">Whether a new event was recorded (false for a report processed before).</param>
/// <param name="Suppressed">Whether the address is suppressed because of it.</param>
/// <param name="SoftStreak">Soft bounces in a row for the address, this one included (0 unless soft).</param>
public sealed record BounceOutcome(string ReportId, BounceReference Reference, string Address, BounceKind? Kind, bool Recorded, bool Suppressed, int SoftStreak);
