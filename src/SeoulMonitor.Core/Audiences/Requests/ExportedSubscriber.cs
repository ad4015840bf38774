namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>The subscriber record in an export.</summary>
public sealed record ExportedSubscriber(
    Guid Id, string? Email, string? Mobile, string? ProvinceCode, string? District, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
