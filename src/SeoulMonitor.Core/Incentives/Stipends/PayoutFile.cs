namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>A payout batch's bank-transfer file: UTF-8 with BOM, columns 순번, 성명, 은행, 계좌번호, 연락처, 지급총액,
/// 환수액, 금액 (the transfer), 적요.</summary>
public sealed record PayoutFile(string FileName, byte[] Content, IReadOnlyList<PayoutRow> Rows);
