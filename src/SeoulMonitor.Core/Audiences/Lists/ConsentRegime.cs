using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>Which renewal rule a list's consents follow (docs: korea-rules §1.5 and §2.3).</summary>
public enum ConsentRegime
{
    /// <summary>
    /// The policy-customer list (표준지침 60③): affirmative re-consent every two years; a reminder before the date;
    /// silence lets the consent lapse and the person's data is destroyed within five days.
    /// </summary>
    [Name("Policy customer: re-consent every 2 years", "정책고객: 2년마다 재동의")]
    PolicyCustomer,

    /// <summary>
    /// Advertising-type information (정보통신망법 시행령 62조의3): a confirmation notice every two years from the consent
    /// date; silence keeps the consent.
    /// </summary>
    [Name("Advertising: confirmation notice every 2 years", "광고성 정보: 2년마다 수신동의 확인 안내")]
    Advertising,

    /// <summary>Informational notices (disaster prevention): no periodic renewal; withdrawal at any time.</summary>
    [Name("Informational", "정보성 안내")]
    Informational,
}
