namespace SeoulMonitor.Host.Audiences;

/// <summary>A citizen starts a data-subject request.</summary>
/// <param name="Address">The e-mail address or mobile number they subscribed with.</param>
/// <param name="Kind">Export, Correction or Erasure.</param>
public sealed record MyDataStartRequest(string? Address, string? Kind);
