namespace SeoulMonitor.Core.Monitoring.Departments;

/// <summary>A registered department (an office address, not personal data).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">The official name.</param>
/// <param name="ContactEmail">The notices address, if any.</param>
/// <param name="CreatedAt">When it was registered (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record DepartmentView(Guid Id, string Name, string? ContactEmail, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    internal static DepartmentView From(Department d) => new(d.Id, d.Name, d.ContactEmail, d.CreatedAt, d.UpdatedAt);
}
