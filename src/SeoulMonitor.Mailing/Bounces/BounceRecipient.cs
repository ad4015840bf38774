namespace SeoulMonitor.Mailing.Bounces;

/// <summary>One recipient of a report.</summary>
/// <param name="FinalRecipient">The Final-Recipient address (without its <c>rfc822;</c> type), or the complained-about recipient.</param>
/// <param name="OriginalRecipient">The Original-Recipient address, when given.</param>
/// <param name="Action">The Action (<c>failed</c>, <c>delayed</c>, …), or <c>complaint</c> for a feedback report.</param>
/// <param name="Status">The enhanced status code (<c>5.1.1</c>), or the Feedback-Type of a feedback report.</param>
/// <param name="Diagnostic">The Diagnostic-Code (the remote server's reply), unfolded, when given.</param>
/// <param name="Kind">The classification, or <see langword="null"/> when this recipient did not bounce.</param>
public sealed record BounceRecipient(string? FinalRecipient, string? OriginalRecipient, string Action, string Status, string? Diagnostic, BounceKind? Kind);
