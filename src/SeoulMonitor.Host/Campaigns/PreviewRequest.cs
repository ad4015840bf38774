namespace SeoulMonitor.Host.Campaigns;

/// <summary>The body of a preview: the recipient (a monitor id), or none for the first recipient of the audience.</summary>
/// <param name="RecipientId">The monitor's id.</param>
internal sealed record PreviewRequest(string? RecipientId);
