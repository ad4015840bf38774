using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// Reads an ISO 8601 instant that states its offset (<c>Z</c> or <c>±hh:mm</c>); one without is refused rather than
/// read in the server's own time zone. Writes the round-trip form.
/// </summary>
internal sealed class OffsetTimeJsonConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("The time must be a string.");
        if (text is null || !HasOffset(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException("The time must be ISO 8601 with an offset (Z or ±hh:mm).");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } time)
        {
            writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static bool HasOffset(string text) =>
        text.Length > 10 && text.Contains('T', StringComparison.Ordinal)
        && (text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':'));
}
