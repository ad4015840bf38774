namespace SeoulMonitor.Mailing.Audience;

/// <summary>One recipient as an audience source yields it.</summary>
/// <param name="Id">The recipient's stable id in the source (a subscriber id); unique within a campaign.</param>
/// <param name="Address">The e-mail address or mobile number.</param>
/// <param name="Fields">Merge fields for the templates (name, district, …).</param>
/// <param name="ConsentId">The id of the consent that allows this send (evidence), when the source has one.</param>
public sealed record Recipient(string Id, string Address, IReadOnlyDictionary<string, string>? Fields = null, string? ConsentId = null);
