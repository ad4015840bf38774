namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>A request received on paper or by phone, registered by staff.</summary>
/// <param name="Kind">Export, Correction or Erasure.</param>
/// <param name="Address">The person's e-mail address or mobile number, or null when <paramref name="SubscriberId"/> is given.</param>
/// <param name="SubscriberId">The person's subscriber id, or null when <paramref name="Address"/> is given.</param>
public sealed record StaffDataRequest(string? Kind, string? Address = null, Guid? SubscriberId = null);
