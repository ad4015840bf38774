namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>The SMS gateway's delivery-report webhook is anonymous: its signature, not a token, admits it.</summary>
public sealed class SmsWebhookEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/webhooks/sms/delivery", Callers.All),
    ];
}
