using System.Text;
using System.Text.Json;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>
/// A segment's definition. JSON schema (every member optional except <c>lists</c>; no other members allowed):
/// <code>
/// {
///   "lists":     ["seoul-sibo", "fire-11-종로구"],                    // any of (at least one list key)
///   "districts": [{ "province": "11", "district": "종로구" }],        // any of; omitted = every district
///   "traits":    [{ "name": "age_band", "op": "eq", "values": ["30s"] }] // all of; op eq|neq|in|exists|missing
/// }
/// </code>
/// A subscriber belongs to the segment when they hold a consent that allows sending now on one of the lists for the
/// segment's channel, live in one of the districts (when any are given), and meet every attribute condition. Lists,
/// districts and attribute conditions together may number at most <see cref="AudienceLimits.MaxSegmentConditions"/>.
/// </summary>
/// <param name="Lists">List keys (any of).</param>
/// <param name="Districts">Districts (any of; empty = all).</param>
/// <param name="Traits">Attribute conditions (all of).</param>
public sealed record SegmentDefinition(
    IReadOnlyList<string> Lists, IReadOnlyList<SegmentDistrict> Districts, IReadOnlyList<SegmentTraitCondition> Traits)
{
    /// <summary>The number of conditions, counted against <see cref="AudienceLimits.MaxSegmentConditions"/>.</summary>
    public int ConditionCount => Lists.Count + Districts.Count + Traits.Count;

    /// <summary>The canonical JSON (the stored form).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("lists");
            foreach (var list in Lists)
            {
                w.WriteStringValue(list);
            }

            w.WriteEndArray();
            w.WriteStartArray("districts");
            foreach (var d in Districts)
            {
                w.WriteStartObject();
                w.WriteString("province", d.Province);
                w.WriteString("district", d.District);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("traits");
            foreach (var t in Traits)
            {
                w.WriteStartObject();
                w.WriteString("name", t.Name);
                w.WriteString("op", t.Operator.ToString().ToLowerInvariant());
                w.WriteStartArray("values");
                foreach (var v in t.Values)
                {
                    w.WriteStringValue(v);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
