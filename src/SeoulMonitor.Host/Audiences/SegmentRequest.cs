using System.Text.Json;

namespace SeoulMonitor.Host.Audiences;

/// <summary>A segment to create or replace (the definition as a JSON object, see SegmentDefinition).</summary>
internal sealed record SegmentRequest(string? Name, string? Channel, JsonElement? Definition);
