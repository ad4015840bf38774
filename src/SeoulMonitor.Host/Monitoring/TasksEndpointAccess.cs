using System.Security.Claims;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>The combined authorization requirements of the department, demand, task and form endpoints.</summary>
internal static class TasksEndpointAccess
{
    /// <summary>Staff, or a department officer with a department claim.</summary>
    public static TBuilder RequireStaffOrDepartment<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAssertion(c => IsStaff(c.User) || IsDepartment(c.User)));

    /// <summary>Staff, a department officer, or a community leader (the domain checks which records are theirs).</summary>
    public static TBuilder RequireStaffDepartmentOrCommunityLeader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAssertion(c => IsStaff(c.User) || IsDepartment(c.User) || IsMonitor(c.User, Roles.CommunityLeader)));

    /// <summary>Staff, a department officer, or any monitor (the domain checks which tasks they may see).</summary>
    public static TBuilder RequireStaffDepartmentOrMonitor<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAssertion(c =>
            IsStaff(c.User) || IsDepartment(c.User) || IsMonitor(c.User, Roles.Monitor) || IsMonitor(c.User, Roles.CommunityLeader)));

    private static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Staff);

    private static bool IsDepartment(ClaimsPrincipal user) => user.IsInRole(Roles.Department) && user.HasClaim(c => c.Type == ClaimNames.Department);

    private static bool IsMonitor(ClaimsPrincipal user, string role) => user.IsInRole(role) && user.HasClaim(c => c.Type == ClaimNames.MonitorId);
}
