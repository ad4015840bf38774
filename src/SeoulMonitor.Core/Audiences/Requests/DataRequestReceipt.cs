namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>What the person gets when their confirmation link registers a request.</summary>
/// <param name="Request">The registered request.</param>
/// <param name="Export">For an access request: everything held about them, answered at once.</param>
public sealed record DataRequestReceipt(DataRequestView Request, SubscriberExport? Export);
