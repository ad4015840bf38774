using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>Staff, or a department officer with a department claim (the domain checks which department's records).</summary>
internal static class FindingsAccess
{
    public static TBuilder RequireStaffOrDepartment<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireAssertion(c =>
            c.User.IsInRole(Roles.Staff) || (c.User.IsInRole(Roles.Department) && c.User.HasClaim(x => x.Type == ClaimNames.Department))));
}
