namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Campaigns are for staff only; the one-click unsubscribe receiver is public.</summary>
public sealed class CampaignEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/campaigns", Callers.Staff),
        new("GET", "/api/campaigns", Callers.Staff),
        new("GET", "/api/campaigns/{id:guid}", Callers.Staff),
        new("POST", "/api/campaigns/{id:guid}/preview", Callers.Staff),
        new("POST", "/api/campaigns/{id:guid}/schedule", Callers.Staff),
        new("POST", "/api/campaigns/{id:guid}/launch", Callers.Staff),
        new("POST", "/api/campaigns/{id:guid}/pause", Callers.Staff),
        new("POST", "/api/campaigns/{id:guid}/resume", Callers.Staff),
        new("POST", "/api/campaigns/{id:guid}/cancel", Callers.Staff),
        new("GET", "/api/campaigns/{id:guid}/progress", Callers.Staff),
        new("GET", "/api/campaigns/{id:guid}/progress/stream", Callers.Staff),
        new("GET", "/api/campaigns/{id:guid}/deliveries/{recipientId}", Callers.Staff),
        new("GET", "/api/campaigns/{id:guid}/undelivered", Callers.Staff),
        new("GET", "/api/campaigns/{id:guid}/sms-reports", Callers.Staff),
        new("POST", "/api/unsubscribe", Callers.All),
    ];
}
