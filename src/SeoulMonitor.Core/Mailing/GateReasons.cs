using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Mailing;

/// <summary>The reasons (English and Korean) the subscriber send-time gate records when it refuses a send.</summary>
public static class GateReasons
{
    /// <summary>The recipient id is not a subscriber's.</summary>
    public const string NotSubscriber = "The recipient is not a known subscriber. (구독자가 아닙니다.)";

    /// <summary>No consent of this subscriber and channel by that id.</summary>
    public const string NoConsent = "No consent of this subscriber for this channel allows the send. (이 채널에 대한 구독자의 수신 동의가 없습니다.)";

    /// <summary>The subscriber's address changed since the snapshot.</summary>
    public const string AddressChanged = "The subscriber's address changed since the audience was read. (수신 대상 확정 후 구독자의 주소가 바뀌었습니다.)";

    /// <summary>The address is on the suppression list.</summary>
    public const string Suppressed = "The address is on the suppression list. (수신 차단 목록에 있는 주소입니다.)";

    /// <summary>The consent no longer allows sending (its state, or its renewal date has passed).</summary>
    public static string ConsentEnded(ConsentState state) => state == ConsentState.Active
        ? "The consent's renewal date has passed without re-consent. (재동의 기한이 지났습니다.)"
        : $"The consent no longer allows sending ({StatusNames.English(state)}). (수신 동의가 유효하지 않습니다: {StatusNames.Korean(state)})";
}
