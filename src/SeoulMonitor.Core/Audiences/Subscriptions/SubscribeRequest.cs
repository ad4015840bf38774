namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// The public subscribe form: an e-mail address and/or a mobile number, an optional district (province and district
/// together), optional free attributes, and the list choices (at least one named; every one may be unticked).
/// </summary>
public sealed record SubscribeRequest(
    string? Email,
    string? Mobile,
    string? Province,
    string? District,
    IReadOnlyDictionary<string, string>? Attributes,
    IReadOnlyList<ListChoice>? Lists);
