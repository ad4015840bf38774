namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>Everything held about a subscriber's identity and consents (personal data: reads are access-logged).</summary>
public sealed record SubscriberView(
    Guid Id,
    string? Email,
    string? Mobile,
    string? ProvinceCode,
    string? District,
    IReadOnlyDictionary<string, string> Attributes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ConsentView> Consents);
