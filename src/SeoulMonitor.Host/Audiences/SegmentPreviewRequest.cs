using System.Text.Json;

namespace SeoulMonitor.Host.Audiences;

/// <summary>An unsaved definition to count.</summary>
internal sealed record SegmentPreviewRequest(string? Channel, JsonElement? Definition);
