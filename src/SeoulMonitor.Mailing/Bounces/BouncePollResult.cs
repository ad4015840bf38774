namespace SeoulMonitor.Mailing.Bounces;

/// <summary>What one poll of the bounce mailbox did.</summary>
/// <param name="Processed">Messages processed and moved to the processed folder.</param>
/// <param name="Rejected">Messages refused (not a report, no or a forged token, too large) and moved to the rejected folder.</param>
/// <param name="Left">Unseen messages left for the next poll (over the batch size, or a processing error such as an unreachable ledger).</param>
public sealed record BouncePollResult(int Processed, int Rejected, int Left);
