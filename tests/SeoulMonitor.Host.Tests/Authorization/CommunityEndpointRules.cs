namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Communities: monitors found and join; leaders (or staff) manage members; staff decide.</summary>
public sealed class CommunityEndpointRules : IEndpointRules
{
    private static readonly string[] StaffOrLeader = [Callers.Staff, Callers.CommunityLeader];
    private static readonly string[] StaffOrMonitors = [Callers.Staff, .. Callers.Monitors];

    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/communities", Callers.Monitors),
        new("GET", "/api/communities", StaffOrMonitors),
        new("GET", "/api/communities/{id:guid}", StaffOrMonitors),
        new("POST", "/api/communities/{id:guid}/approve", Callers.Staff),
        new("POST", "/api/communities/{id:guid}/reject", Callers.Staff),
        new("POST", "/api/communities/{id:guid}/dissolve", StaffOrLeader),
        new("POST", "/api/communities/{id:guid}/hand-over", StaffOrLeader),
        new("GET", "/api/communities/{id:guid}/members", StaffOrLeader),
        new("POST", "/api/communities/{id:guid}/join-requests", Callers.Monitors),
        new("POST", "/api/communities/{id:guid}/join-requests/mine/withdraw", Callers.Monitors),
        new("POST", "/api/communities/{id:guid}/join-requests/{monitorId:guid}/accept", StaffOrLeader),
        new("POST", "/api/communities/{id:guid}/join-requests/{monitorId:guid}/decline", StaffOrLeader),
        new("POST", "/api/communities/{id:guid}/invitations", StaffOrLeader),
        new("POST", "/api/communities/{id:guid}/invitations/{monitorId:guid}/revoke", StaffOrLeader),
        new("POST", "/api/communities/{id:guid}/invitations/mine/accept", Callers.Monitors),
        new("POST", "/api/communities/{id:guid}/invitations/mine/decline", Callers.Monitors),
        new("POST", "/api/communities/{id:guid}/leave", Callers.Monitors),
        new("POST", "/api/communities/{id:guid}/members/{monitorId:guid}/remove", StaffOrLeader),
        new("GET", "/api/me/communities", Callers.Monitors),
    ];
}
