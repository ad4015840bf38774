namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// The answer to a subscribe request: the same whether the address was new, pending or already subscribed (it must
/// not reveal who subscribes), telling the person to check their messages.
/// </summary>
public sealed record SubscriptionsAccepted(string Message, string MessageKo)
{
    public static SubscriptionsAccepted Instance { get; } = new(
        "If the address can receive our messages, a confirmation link is on its way. Your subscription starts when you open it.",
        "수신 가능한 주소라면 확인 링크를 보냈습니다. 링크를 열면 구독이 시작됩니다.");
}
