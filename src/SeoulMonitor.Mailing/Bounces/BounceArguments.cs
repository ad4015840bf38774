namespace SeoulMonitor.Mailing.Bounces;

/// <summary>Argument checks shared by the ledger implementations' bounce methods (programmer errors throw).</summary>
internal static class BounceArguments
{
    public static void Check(BounceEvent bounce)
    {
        ArgumentNullException.ThrowIfNull(bounce);
        ArgumentOutOfRangeException.ThrowIfLessThan(bounce.Sequence, 1, nameof(bounce));
        ArgumentException.ThrowIfNullOrWhiteSpace(bounce.ReportId, nameof(bounce));
        ArgumentException.ThrowIfNullOrWhiteSpace(bounce.Address, nameof(bounce));
        if (bounce.ReportId.Length > BounceEvent.MaxReportIdLength || bounce.Status?.Length > BounceEvent.MaxStatusLength
            || bounce.Diagnostic?.Length > BounceEvent.MaxDiagnosticLength || !Enum.IsDefined(bounce.Kind))
        {
            throw new ArgumentException("A bounce field is longer than its limit or the kind is unknown.", nameof(bounce));
        }
    }
}
