namespace SeoulMonitor.Mailing.Bounces;

/// <summary>A parsed delivery status notification (RFC 3464) or feedback report (RFC 5965).</summary>
/// <param name="ReportId">The report's Message-ID, or <c>sha256:</c> and the hash of its bytes when it has none (the idempotency key).</param>
/// <param name="IsComplaint">Whether it is a feedback report rather than a DSN.</param>
/// <param name="EnvelopeAddresses">Where the report was delivered to (Delivered-To, X-Original-To, To, Return-Path of the report): our VERP address.</param>
/// <param name="ReturnedReference">The <c>X-SM-Ref</c> token of the returned original message, when it came back.</param>
/// <param name="ReturnedReturnPath">The Return-Path of the returned original message, when it came back.</param>
/// <param name="Recipients">The per-recipient fields (at least one).</param>
public sealed record BounceReport(
    string ReportId,
    bool IsComplaint,
    IReadOnlyList<string> EnvelopeAddresses,
    string? ReturnedReference,
    string? ReturnedReturnPath,
    IReadOnlyList<BounceRecipient> Recipients);
