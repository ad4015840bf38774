using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>What a queued notice is.</summary>
public enum QueuedNoticeKind
{
    /// <summary>A policy-customer re-consent reminder.</summary>
    [Name("Re-consent reminder", "재동의 안내")]
    ReconsentReminder,

    /// <summary>An advertising consent's two-yearly confirmation notice.</summary>
    [Name("Advertising consent confirmation", "광고성 정보 수신동의 확인 안내")]
    AdvertisingConfirmation,

    /// <summary>A data-subject request's confirmation link.</summary>
    [Name("Data request confirmation", "개인정보 요구 확인")]
    DataRequestVerification,
}
