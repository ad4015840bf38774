namespace SeoulMonitor.Host.Campaigns;

/// <summary>What an accepted delivery report did.</summary>
/// <param name="Result"><c>Applied</c> or <c>Unchanged</c> (a repeated or late report).</param>
/// <param name="Status">The text's carrier status after the report.</param>
internal sealed record SmsWebhookAnswer(string Result, string? Status);
