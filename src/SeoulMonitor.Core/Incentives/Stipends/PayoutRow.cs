namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// One row of the bank-transfer file: one payee (a monitor, or a community through its leader). We hold no bank
/// accounts, so <paramref name="Bank"/> and <paramref name="AccountNumber"/> are left empty for the finance office.
/// <paramref name="Gross"/> is the payee's entries, <paramref name="Recovered"/> the recoveries (환수) netted against
/// them, and <paramref name="Amount"/> the transfer (gross − recovered, never below zero).
/// </summary>
public sealed record PayoutRow(
    int Number, string Name, string Bank, string AccountNumber, string Mobile, long Gross, long Recovered, long Amount, string Memo);
