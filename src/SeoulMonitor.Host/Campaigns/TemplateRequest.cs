namespace SeoulMonitor.Host.Campaigns;

/// <summary>A campaign's Liquid templates; merge fields are <c>{{ name }}</c> and <c>{{ district }}</c>.</summary>
/// <param name="Subject">The subject template.</param>
/// <param name="Html">The HTML body template.</param>
/// <param name="Text">The plain-text body template.</param>
internal sealed record TemplateRequest(string? Subject, string? Html, string? Text);
