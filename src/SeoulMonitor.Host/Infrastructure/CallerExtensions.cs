using System.Security.Claims;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>Reads the caller's identity from the token's claims.</summary>
public static class CallerExtensions
{
    /// <summary>The caller as the domain's audit actor.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return Actor.Citizen;
        }

        if (user.IsInRole(Roles.Staff))
        {
            return Actor.Staff(user.Identity.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "staff");
        }

        if (user.MonitorId() is { } monitorId)
        {
            return Actor.Monitor(monitorId);
        }

        if (user.IsInRole(Roles.Department))
        {
            return new Actor(ActorKind.Department, user.FindFirstValue(ClaimNames.Department) ?? "department");
        }

        return Actor.Citizen;
    }

    /// <summary>The monitor id claim, when present and well-formed.</summary>
    public static Guid? MonitorId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(ClaimNames.MonitorId), out var id) ? id : null;
    }

    /// <summary>The department claim, when present.</summary>
    public static string? Department(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimNames.Department);
    }
}
