namespace SeoulMonitor.Mailing.Tests.Campaigns;

/// <summary>List-Unsubscribe settings with a fixed test key.</summary>
internal static class UnsubscribeSettings
{
    public const string BaseUrl = "https://monitor.seoul.go.kr/api/unsubscribe";

    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static void Apply(MailingOptions options)
    {
        options.Unsubscribe.BaseUrl = BaseUrl;
        options.Unsubscribe.SigningKey = Convert.ToBase64String(Key);
    }
}
