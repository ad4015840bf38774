namespace SeoulMonitor.Host.Audiences;

/// <summary>The same answer whether or not the address is held.</summary>
/// <param name="Message">English.</param>
/// <param name="MessageKo">Korean.</param>
public sealed record MyDataStarted(string Message, string MessageKo)
{
    /// <summary>The one answer.</summary>
    public static MyDataStarted Instance { get; } = new(
        "If we hold this address, a confirmation link has been sent to it.",
        "이 주소로 등록된 정보가 있으면 확인 링크를 보내 드렸습니다.");
}
