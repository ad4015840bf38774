namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>A district a segment covers: the province code and the district's Korean name (as in the region catalogue).</summary>
/// <param name="Province">Province code (<c>11</c> for Seoul).</param>
/// <param name="District">District's Korean name (<c>종로구</c>).</param>
public sealed record SegmentDistrict(string Province, string District);
