using SeoulMonitor.Core.Audiences.Requests;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The confirmation link of a data-subject request, sent to the address the request named.</summary>
/// <param name="SubscriberId">The subscriber (the message is deleted with them).</param>
/// <param name="Channel">E-mail or SMS, by the address given.</param>
/// <param name="To">The normalised address.</param>
/// <param name="Kind">What was asked.</param>
/// <param name="Link">The confirmation link (a signed token).</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record DataRequestVerification(
    long SubscriberId, DeliveryChannel Channel, string To, DataSubjectRequestKind Kind, Uri Link, DateTimeOffset ExpiresAt);
