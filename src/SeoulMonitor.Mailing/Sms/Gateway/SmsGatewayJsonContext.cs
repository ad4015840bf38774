using System.Text.Json.Serialization;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>The gateway API's JSON, serialised without reflection (camelCase, unknown members ignored).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SmsGatewayRequest))]
[JsonSerializable(typeof(SmsGatewayAccepted))]
[JsonSerializable(typeof(SmsGatewayRefusal))]
[JsonSerializable(typeof(SmsDeliveryReportBody))]
internal sealed partial class SmsGatewayJsonContext : JsonSerializerContext
{
}
