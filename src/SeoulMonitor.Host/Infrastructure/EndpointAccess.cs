using System.Security.Claims;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>Authorization requirements that combine the named policies ("staff or …").</summary>
internal static class EndpointAccess
{
    /// <summary>Staff, or a community leader with a monitor id (the domain checks which community they lead).</summary>
    public static TBuilder RequireStaffOrCommunityLeader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAssertion(c => IsStaff(c.User) || IsMonitorWithRole(c.User, Roles.CommunityLeader)));

    /// <summary>Staff, or any monitor (including community leaders) with a monitor id.</summary>
    public static TBuilder RequireStaffOrMonitor<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAssertion(c =>
            IsStaff(c.User) || IsMonitorWithRole(c.User, Roles.Monitor) || IsMonitorWithRole(c.User, Roles.CommunityLeader)));

    private static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Staff);

    private static bool IsMonitorWithRole(ClaimsPrincipal user, string role) => user.IsInRole(role) && user.HasClaim(c => c.Type == ClaimNames.MonitorId);
}
