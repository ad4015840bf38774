namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>An expected refusal of a campaign operation: a stable dotted code plus an English and a Korean message.</summary>
/// <param name="Code">Stable, dotted, lower-case code such as <c>campaign.invalid_transition</c>.</param>
/// <param name="Message">English message.</param>
/// <param name="MessageKo">Korean message.</param>
public sealed record MailingError(string Code, string Message, string MessageKo);
