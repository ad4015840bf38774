namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// One row of the bank-transfer file: one payee (a monitor, or a community through its leader). We hold no bank
/// accounts, so <paramref name="Bank"/> and <paramref name="AccountNumber"/> are left empty for the finance office.
/// </summary>
public sealed record PayoutRow(int Number, string Name, string Bank, string AccountNumber, string Mobile, long Amount, string Memo);
