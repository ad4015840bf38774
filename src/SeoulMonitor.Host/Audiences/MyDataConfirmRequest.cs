namespace SeoulMonitor.Host.Audiences;

/// <summary>The token of the confirmation link.</summary>
/// <param name="Token">The signed token.</param>
public sealed record MyDataConfirmRequest(string? Token);
