namespace SeoulMonitor.Core.Audiences.Outbox;

/// <summary>The kinds of outbox messages.</summary>
public static class OutboxKinds
{
    /// <summary>A double opt-in confirmation request.</summary>
    public const string Confirmation = "confirmation";

    /// <summary>A re-consent reminder.</summary>
    public const string Reconsent = "reconsent";

    /// <summary>The two-yearly confirmation notice of an advertising-type consent.</summary>
    public const string AdvertisingConfirmation = "advertising-confirmation";

    /// <summary>The verification link of a data-subject request.</summary>
    public const string DataRequestVerification = "data-request-verification";

    /// <summary>The longest kind.</summary>
    public const int MaxLength = 40;
}
