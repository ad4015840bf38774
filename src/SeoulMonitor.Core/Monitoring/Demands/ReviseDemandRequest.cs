namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>The edited fields of a returned demand being resubmitted; a null field stays as it was.</summary>
/// <param name="Title">Title.</param>
/// <param name="Purpose">Purpose.</param>
/// <param name="Sites">Sites.</param>
/// <param name="PeriodStart">First day (<c>yyyy-MM-dd</c>).</param>
/// <param name="PeriodEnd">Last day (<c>yyyy-MM-dd</c>).</param>
/// <param name="Headcount">Monitors wished.</param>
/// <param name="Requirements">Requirements.</param>
public sealed record ReviseDemandRequest(
    string? Title = null,
    string? Purpose = null,
    string? Sites = null,
    string? PeriodStart = null,
    string? PeriodEnd = null,
    int? Headcount = null,
    string? Requirements = null);
