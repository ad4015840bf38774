namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>How staff complete a request.</summary>
/// <param name="Note">What was done (no personal data), optional.</param>
/// <param name="Correction">For a correction: the corrected data.</param>
/// <param name="NeverMail">For an erasure: the person also asked never to be mailed again (a hash-only suppression is kept).</param>
public sealed record DataRequestAnswer(string? Note = null, SubscriberCorrection? Correction = null, bool NeverMail = false);
