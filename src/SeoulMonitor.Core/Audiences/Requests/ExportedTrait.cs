namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>A free attribute in an export.</summary>
public sealed record ExportedTrait(string Name, string Value);
