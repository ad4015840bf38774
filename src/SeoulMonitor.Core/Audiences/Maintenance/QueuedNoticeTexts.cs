using System.Globalization;
using SeoulMonitor.Core.Audiences.Requests;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The Korean-then-English texts of the audiences' own messages.</summary>
internal static class QueuedNoticeTexts
{
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 4000;

    public static (string Subject, string Body) Reconsent(ReconsentReminder r)
    {
        var due = Date(r.DueAt);
        return (
            $"[{r.ListNameKo}] 수신 동의를 갱신해 주세요 / Please renew your consent ({r.ListNameEn})",
            $"""
            정책고객 정보는 2년마다 다시 동의하셔야 보관할 수 있습니다. {due}까지 아래 링크에서 다시 동의하지 않으시면 동의가 만료되고, 5일 이내에 개인정보가 파기됩니다.
            {r.Link}

            Contact details of policy customers may be kept only with renewed consent every two years. If you do not renew by {due} using the link above, the consent lapses and your personal data is destroyed within five days.
            """);
    }

    public static (string Subject, string Body) Advertising(AdvertisingConfirmation n)
    {
        var on = n.ConsentedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (
            $"(광고) 수신동의 확인 안내 / Confirmation of your consent ({n.ListNameEn})",
            $"""
            보내는 곳: {n.SenderNameKo}
            귀하는 {on}에 「{n.ListNameKo}」 광고성 정보 수신에 동의하셨습니다. 계속 받으시려면 아무것도 하지 않으셔도 되며, 수신을 원하지 않으시면 아래에서 언제든 철회하실 수 있습니다.
            {n.PreferencesLink}

            Sender: {n.SenderNameEn}
            On {on} you consented to receive "{n.ListNameEn}". To keep receiving it you need not do anything; to stop, withdraw at any time at the link above.
            """);
    }

    public static (string Subject, string Body) DataRequest(DataRequestVerification v)
    {
        var kind = StatusNames.Korean(v.Kind);
        return (
            $"개인정보 {kind} 요구 확인 / Confirm your data request ({StatusNames.English(v.Kind)})",
            $"""
            개인정보 {kind} 요구를 접수하려면 {Date(v.ExpiresAt)} {Time(v.ExpiresAt)}까지 아래 링크를 여세요. 요구하지 않으셨다면 이 메시지를 무시하세요.
            {v.Link}

            To register your request ({StatusNames.English(v.Kind)}), open the link above before {Date(v.ExpiresAt)} {Time(v.ExpiresAt)} (Seoul time). If you did not ask, ignore this message.
            """);
    }

    private static string Date(DateTimeOffset at) => SeoulCalendar.DateAt(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => SeoulCalendar.ToSeoul(at).ToString("HH:mm", CultureInfo.InvariantCulture);
}
