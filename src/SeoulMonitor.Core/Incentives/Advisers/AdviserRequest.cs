namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>An adviser's details (add and update).</summary>
/// <param name="Name">The name (required).</param>
/// <param name="Field">The field of expertise (required).</param>
/// <param name="Affiliation">The affiliation (optional).</param>
/// <param name="Email">The contact address (optional; a plain e-mail address).</param>
public sealed record AdviserRequest(string? Name, string? Field, string? Affiliation, string? Email);
