namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The JSON body of a delivery report, as posted by the gateway.</summary>
/// <param name="MessageId">The gateway's message id (from its 202 answer).</param>
/// <param name="Status"><c>delivered</c>, <c>failed</c> or <c>expired</c>.</param>
/// <param name="Code">The carrier's code, for example <c>number_not_in_service</c>.</param>
/// <param name="At">When the carrier reported it: ISO 8601 with an offset (<c>Z</c> or <c>±hh:mm</c>); without one the report is malformed.</param>
public sealed record SmsDeliveryReportBody(
    string? MessageId, string? Status, string? Code, [property: System.Text.Json.Serialization.JsonConverter(typeof(OffsetTimeJsonConverter))] DateTimeOffset? At);
