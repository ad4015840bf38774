namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>An expert in the adviser pool (전문가 자문단): personal data, read by staff only (access-logged).</summary>
public sealed class Adviser
{
    /// <summary>The adviser's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The adviser's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The field of expertise (e.g. 교통, 복지, 도시계획).</summary>
    public string Field { get; set; } = string.Empty;

    /// <summary>The affiliation (university, institute).</summary>
    public string? Affiliation { get; set; }

    /// <summary>The contact address.</summary>
    public string? Email { get; set; }

    /// <summary>Whether the adviser is in the active pool.</summary>
    public bool IsActive { get; set; }

    /// <summary>When the adviser joined the pool (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
