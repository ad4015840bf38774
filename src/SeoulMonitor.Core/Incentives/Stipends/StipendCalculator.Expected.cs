namespace SeoulMonitor.Core.Incentives.Stipends;

public sealed partial class StipendCalculator
{
    /// <summary>What the rules in force pay now for each piece of evidence of the year (the ledger check's reference).</summary>
    internal async Task<Dictionary<Guid, long>> ExpectedAsync(
        int year, StipendRule yearRule, Dictionary<Guid, StipendRule> taskRules, CancellationToken cancellationToken)
    {
        var evidence = await EvidenceAsync(year, null, yearRule, taskRules, cancellationToken).ConfigureAwait(false);
        return evidence.Values.Where(e => e.Amount != 0).ToDictionary(e => e.SourceId, e => e.Amount);
    }
}
