namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>
/// A department's audience list. <paramref name="Regime"/> defaults to <see cref="ConsentRegime.PolicyCustomer"/> (a
/// department's announcement list is a policy-customer list: re-consent every two years).
/// </summary>
public sealed record DepartmentListDraft(
    string? Key, string? NameKo, string? NameEn, string? Department, ConsentRegime? Regime, ListNoticeDraft? Notice);
