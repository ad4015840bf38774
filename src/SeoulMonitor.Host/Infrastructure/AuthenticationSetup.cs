using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>JWT bearer authentication and the role policies.</summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddSeoulMonitorAuth(this IServiceCollection services)
    {
        // Issuer, audiences and signing keys come from Authentication:Schemes:Bearer
        // (for local development: `dotnet user-jwts create --role staff`).
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Policies.Department, p => p.RequireRole(Roles.Department).RequireClaim(ClaimNames.Department))
            .AddPolicy(Policies.Monitor, p => p.RequireRole(Roles.Monitor, Roles.CommunityLeader).RequireClaim(ClaimNames.MonitorId))
            .AddPolicy(Policies.CommunityLeader, p => p.RequireRole(Roles.CommunityLeader).RequireClaim(ClaimNames.MonitorId));
        return services;
    }
}
