namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>
/// The corrected data of a correction request; null fields stay as they are. An empty string removes the e-mail
/// address or mobile number (one of them must remain); an attribute with a null value is removed.
/// </summary>
/// <param name="Email">New e-mail address.</param>
/// <param name="Mobile">New mobile number.</param>
/// <param name="Province">New province (code or name), with <paramref name="District"/>.</param>
/// <param name="District">New district.</param>
/// <param name="Attributes">Attributes to set (or remove, with a null value).</param>
public sealed record SubscriberCorrection(
    string? Email = null, string? Mobile = null, string? Province = null, string? District = null,
    IReadOnlyDictionary<string, string?>? Attributes = null);
