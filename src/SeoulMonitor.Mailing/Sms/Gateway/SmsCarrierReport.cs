namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>A verified delivery report, ready for the ledger.</summary>
/// <param name="MessageId">The gateway's message id.</param>
/// <param name="Status">The final status (never <see cref="SmsCarrierStatus.Accepted"/>).</param>
/// <param name="Code">The carrier's code, if any.</param>
/// <param name="At">When the carrier reported it.</param>
public sealed record SmsCarrierReport(string MessageId, SmsCarrierStatus Status, string? Code, DateTimeOffset At);
