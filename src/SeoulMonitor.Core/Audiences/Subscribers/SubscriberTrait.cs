namespace SeoulMonitor.Core.Audiences.Subscribers;

/// <summary>One free attribute of a subscriber (name → value), usable in segment conditions.</summary>
public sealed class SubscriberTrait
{
    /// <summary>The subscriber.</summary>
    public long SubscriberId { get; init; }

    /// <summary>The attribute's name (lower-case letters, digits, '_' and '-').</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The value.</summary>
    public string Value { get; set; } = string.Empty;
}
