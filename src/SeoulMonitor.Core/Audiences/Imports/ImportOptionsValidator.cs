using SeoulMonitor.Core.Audiences.Subscribers;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// The rules of the <c>Audiences</c> options (limits within the hard limits, blocked domains that are domain names),
/// called by <see cref="SeoulMonitorCoreOptionsValidator"/>.
/// </summary>
internal static class ImportOptionsValidator
{
    public static IEnumerable<string> Failures(SeoulMonitorCoreOptions options)
    {
        var failures = new List<string>();
        var imports = options.Audiences.Imports;
        if (imports.MaxRows is < 1 or > AudienceLimits.MaxImportRows)
        {
            failures.Add($"Audiences:Imports:MaxRows must be between 1 and {AudienceLimits.MaxImportRows}.");
        }

        if (imports.MaxBytes is < 1 or > AudienceLimits.MaxImportBytes)
        {
            failures.Add($"Audiences:Imports:MaxBytes must be between 1 and {AudienceLimits.MaxImportBytes}.");
        }

        if (imports.BatchSize is < 1 or > ImportLimits.MaxBatchSize)
        {
            failures.Add($"Audiences:Imports:BatchSize must be between 1 and {ImportLimits.MaxBatchSize}.");
        }

        if (imports.MaxStoredProblems is < 0 or > ImportLimits.MaxStoredProblems)
        {
            failures.Add($"Audiences:Imports:MaxStoredProblems must be between 0 and {ImportLimits.MaxStoredProblems}.");
        }

        foreach (var domain in options.Audiences.EffectiveBlockedEmailDomains)
        {
            if (!DisposableEmailDomains.IsDomainName(domain ?? string.Empty))
            {
                failures.Add($"Audiences:BlockedEmailDomains contains '{domain}', which is not a domain name.");
            }
        }

        return failures;
    }
}
