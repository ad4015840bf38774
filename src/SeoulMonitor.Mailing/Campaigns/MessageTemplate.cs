namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>
/// A campaign's message as Liquid templates (Fluid), compiled once per campaign. Merge fields come from the
/// recipient's fields (<c>{{ name }}</c>) and are HTML-escaped in <see cref="Html"/>. At least one body is required.
/// </summary>
/// <param name="Subject">The subject template (a CR or LF from a merge field never reaches a header).</param>
/// <param name="Html">The HTML body template, or <see langword="null"/>.</param>
/// <param name="Text">The plain-text body template, or <see langword="null"/>.</param>
public sealed record MessageTemplate(string Subject, string? Html, string? Text);
