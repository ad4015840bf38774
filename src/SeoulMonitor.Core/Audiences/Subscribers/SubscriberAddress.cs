using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Audiences.Subscribers;

/// <summary>
/// How subscribers' addresses are normalised, which is also how they are deduplicated: an e-mail address is trimmed and
/// lower-cased as a whole (the same mailbox written in other cases is one subscriber) and must be a plain address with a
/// dotted domain (the monitor rules, <see cref="MonitorInput.Email"/>); a mobile number becomes 11 digits and must be a
/// 010 number (<see cref="MonitorInput.Mobile"/>). Error codes: <c>subscriber.email.*</c>, <c>subscriber.mobile.*</c>.
/// </summary>
public static class SubscriberAddress
{
    private const string Entity = "subscriber";

    /// <summary>The normalised e-mail address, or the validation error.</summary>
    public static Result<string> Email(string? value) => MonitorInput.Email(Entity, value).Map(static e => e.ToLowerInvariant());

    /// <summary>The normalised mobile number (01012345678), or the validation error.</summary>
    public static Result<string> Mobile(string? value) => MonitorInput.Mobile(Entity, value);
}
