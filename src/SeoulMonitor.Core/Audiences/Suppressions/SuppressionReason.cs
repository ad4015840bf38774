using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>
/// Why an address is suppressed. Stored by name: members are never renamed (new ones are added at the end). The mail
/// engine's reasons map as follows: a hard bounce → <see cref="HardBounce"/>, a complaint → <see cref="Complaint"/>,
/// the soft-bounce threshold → <see cref="SoftBounces"/>, a 5xx refusal at send time → <see cref="PermanentFailure"/>,
/// a final SMS carrier failure → <see cref="CarrierFailure"/>, a one-click unsubscription → <see cref="Unsubscribed"/>.
/// </summary>
public enum SuppressionReason
{
    /// <summary>A hard bounce (permanent failure).</summary>
    [Name("Hard bounce", "영구 반송")]
    HardBounce,

    /// <summary>A complaint (marked as spam).</summary>
    [Name("Complaint", "스팸 신고")]
    Complaint,

    /// <summary>Entered by staff.</summary>
    [Name("Staff entry", "담당자 등록")]
    Staff,

    /// <summary>The mail engine's soft-bounce threshold (several temporary failures in a row).</summary>
    [Name("Repeated soft bounces", "연속 일시 반송")]
    SoftBounces,

    /// <summary>A permanent refusal (5xx) by the receiving server at send time.</summary>
    [Name("Permanent refusal (5xx)", "수신 서버 영구 거부(5xx)")]
    PermanentFailure,

    /// <summary>A final SMS carrier failure (no such number, barred).</summary>
    [Name("Carrier failure", "통신사 영구 실패")]
    CarrierFailure,

    /// <summary>A one-click unsubscription the engine recorded itself.</summary>
    [Name("Unsubscribed", "수신 거부")]
    Unsubscribed,
}
