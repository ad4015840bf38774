using System.Text.Json.Serialization;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>The ledger's JSON columns (campaign definitions, merge fields), serialised without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CampaignDefinition))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext
{
}
