using System.Text.Json;
using System.Text.Json.Serialization;

namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>The JSON shape of form definitions and answers (camelCase, enums as camelCase strings).</summary>
public static class FormJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serialises a definition.</summary>
    public static string Serialize(FormDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Reads a stored definition (stored definitions were validated when published).</summary>
    public static FormDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<FormDefinition>(json, Options) ?? throw new InvalidOperationException("A stored form definition is empty.");
}
