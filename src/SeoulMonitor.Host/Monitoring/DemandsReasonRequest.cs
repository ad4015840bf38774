namespace SeoulMonitor.Host.Monitoring;

/// <summary>The reason of a rejection or deferral, or what is missing for a return.</summary>
/// <param name="Reason">The reason.</param>
public sealed record DemandsReasonRequest(string? Reason);
