using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>The double opt-in message (Korean first, then English) written to the outbox.</summary>
internal static class ConfirmationMessages
{
    public static OutboxMessage Create(
        DeliveryChannel channel, string to, string token, string manageToken, IReadOnlyList<string> listNames, Uri baseUrl, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var confirm = new Uri(baseUrl, $"/subscriptions/confirm?token={token}");
        var manage = new Uri(baseUrl, $"/subscriptions/manage?token={Uri.EscapeDataString(manageToken)}");
        var lists = string.Join(", ", listNames);
        var until = Common.SeoulCalendar.ToSeoul(expiresAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var body = channel == DeliveryChannel.Sms
            ? $"[서울시] 구독 확인: {confirm} ({until}까지)"
            : $"""
              서울시 소식 구독 신청을 확인해 주세요: {lists}

              아래 링크를 누르면 구독이 확정됩니다({until} KST까지 유효). 신청하지 않으셨다면 이 메일을 무시하세요. 확인하지 않으면 수신 동의는 효력이 없습니다.
              {confirm}

              언제든지 수신 동의를 철회할 수 있습니다: {manage}

              Please confirm your subscription to: {lists}
              Open the link above before {until} KST to confirm. If you did not subscribe, ignore this message.
              You can withdraw your consent at any time: {manage}
              """;
        return new OutboxMessage
        {
            Channel = channel,
            To = to,
            Subject = "[서울시] 구독 신청 확인 / Confirm your subscription",
            TextBody = body.Length <= OutboxLimits.BodyMaxLength ? body : body[..OutboxLimits.BodyMaxLength],
            Kind = OutboxKinds.Confirmation,
            CreatedAt = now,
        };
    }
}
