namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>Subscribing, double opt-in and the citizen's tokens (section <c>SeoulMonitor:Subscriptions</c>).</summary>
public sealed class SubscriptionOptions
{
    /// <summary>The shortest confirmation lifetime accepted.</summary>
    public static readonly TimeSpan MinConfirmationLifetime = TimeSpan.FromHours(1);

    /// <summary>The longest confirmation lifetime accepted.</summary>
    public static readonly TimeSpan MaxConfirmationLifetime = TimeSpan.FromDays(30);

    /// <summary>How long a double opt-in token stays valid. <value>Default 48 hours; 1 hour to 30 days.</value></summary>
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// The key (base64, at least 32 bytes) that signs manage and re-consent tokens. <value>Default none: a random key
    /// is made per process, so tokens do not survive a restart (development only).</value>
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The public site the links in messages point at. <value>Default <c>https://monitor.seoul.go.kr</c>.</value></summary>
    public Uri PublicBaseUrl { get; set; } = new("https://monitor.seoul.go.kr");

    /// <summary>The From address of confirmation messages. <value>Default <c>newsletter@seoul.go.kr</c>.</value></summary>
    public string SenderAddress { get; set; } = "newsletter@seoul.go.kr";

    /// <summary>The From display name. <value>Default 서울특별시.</value></summary>
    public string SenderName { get; set; } = "서울특별시";
}
