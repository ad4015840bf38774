using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SeoulMonitor.Host.Incentives;

/// <summary>
/// Reads an ISO 8601 instant that states its offset (<c>Z</c> or <c>±hh:mm</c>): one without it would be read in the
/// server's own zone, not Seoul's, so it is refused (a JSON error: 400 <c>request.malformed</c>).
/// </summary>
internal sealed class OffsetRequiredDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var time = text is { Length: > 10 } ? text.AsSpan(10) : default;
        var hasOffset = time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.LastIndexOfAny('+', '-') > 0;
        if (!hasOffset || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException("Give the instant with its offset, e.g. 2026-03-01T10:00:00+09:00.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
