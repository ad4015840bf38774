namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>Community activities: leaders report (their own community, checked in Core), leaders and staff read, staff verify or reject.</summary>
public sealed class CommunityActivitiesEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("POST", "/api/communities/{id:guid}/activities", Callers.CommunityLeader),
        new("GET", "/api/communities/{id:guid}/activities", Callers.Staff, Callers.CommunityLeader),
        new("POST", "/api/community-activities/{id:guid}/verify", Callers.Staff),
        new("POST", "/api/community-activities/{id:guid}/reject", Callers.Staff),
    ];
}
