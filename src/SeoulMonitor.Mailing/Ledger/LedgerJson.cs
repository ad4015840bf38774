using System.Collections.Frozen;
using System.Text.Json;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>Reads and writes the ledger's JSON columns through <see cref="LedgerJsonContext"/>.</summary>
internal static class LedgerJson
{
    private static readonly IReadOnlyDictionary<string, string> NoFields = FrozenDictionary<string, string>.Empty;

    public static string? SerializeFields(IReadOnlyDictionary<string, string>? fields) =>
        fields is null || fields.Count == 0 ? null : JsonSerializer.Serialize(fields, LedgerJsonContext.Default.IReadOnlyDictionaryStringString);

    public static IReadOnlyDictionary<string, string> DeserializeFields(string? json) =>
        string.IsNullOrEmpty(json)
            ? NoFields
            : JsonSerializer.Deserialize(json, LedgerJsonContext.Default.DictionaryStringString) ?? NoFields;

    public static string SerializeDefinition(CampaignDefinition definition) =>
        JsonSerializer.Serialize(definition, LedgerJsonContext.Default.CampaignDefinition);

    public static CampaignDefinition DeserializeDefinition(string json) =>
        JsonSerializer.Deserialize(json, LedgerJsonContext.Default.CampaignDefinition)
        ?? throw new InvalidOperationException("A stored campaign definition is empty.");
}
