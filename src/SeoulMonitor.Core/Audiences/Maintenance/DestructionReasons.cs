namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The reasons a <see cref="Consents.DestructionRecord"/> names.</summary>
public static class DestructionReasons
{
    /// <summary>At least one consent lapsed without re-consent and none keeps the person.</summary>
    public const string Lapsed = "lapsed";

    /// <summary>Every consent was withdrawn or never confirmed (or there was none).</summary>
    public const string NoConsent = "no-consent";

    /// <summary>The person asked for erasure.</summary>
    public const string Erasure = "erasure";
}
