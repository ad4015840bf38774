namespace SeoulMonitor.Core.Audiences.Outbox;

/// <summary>The kinds of outbox messages.</summary>
public static class OutboxKinds
{
    /// <summary>A double opt-in confirmation request.</summary>
    public const string Confirmation = "confirmation";

    /// <summary>A re-consent reminder or advertising confirmation notice.</summary>
    public const string Reconsent = "reconsent";

    /// <summary>The longest kind.</summary>
    public const int MaxLength = 40;
}
