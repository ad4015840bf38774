namespace SeoulMonitor.Mailing.Bounces;

/// <summary>One bounce, complaint or delay warning about one ledger row, as recorded by the ledger.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Sequence">The row's position in the campaign's snapshot.</param>
/// <param name="ReportId">The report's Message-ID (or content hash): with the row, the idempotency key.</param>
/// <param name="Kind">The classification.</param>
/// <param name="Address">The row's address.</param>
/// <param name="Status">The enhanced status code, or the feedback type.</param>
/// <param name="Diagnostic">The remote server's reply, when the report gave one.</param>
/// <param name="ReceivedAt">When the report was processed.</param>
public sealed record BounceEvent(
    Guid CampaignId, long Sequence, string ReportId, BounceKind Kind, string Address, string? Status, string? Diagnostic, DateTimeOffset ReceivedAt)
{
    /// <summary>The longest report id, status and diagnostic stored.</summary>
    public const int MaxReportIdLength = 500, MaxStatusLength = 100, MaxDiagnosticLength = 1000;
}
