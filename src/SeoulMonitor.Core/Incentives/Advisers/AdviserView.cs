namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>An adviser (personal data: staff reads are access-logged).</summary>
public sealed record AdviserView(
    Guid Id, string Name, string Field, string? Affiliation, string? Email, bool IsActive, string StateName, string StateNameKo,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The view of an adviser.</summary>
    public static AdviserView From(Adviser adviser)
    {
        ArgumentNullException.ThrowIfNull(adviser);
        return new(adviser.Id, adviser.Name, adviser.Field, adviser.Affiliation, adviser.Email, adviser.IsActive,
            adviser.IsActive ? "Active" : "Inactive", adviser.IsActive ? "활동" : "비활성", adviser.CreatedAt, adviser.UpdatedAt);
    }
}
