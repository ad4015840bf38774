namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>A community's stipends and recoveries: staff and community leaders (their own community only, checked in Core).</summary>
public sealed class CommunityStipendsEndpointRules : IEndpointRules
{
    public static IEnumerable<EndpointRule> Rules =>
    [
        new("GET", "/api/communities/{id:guid}/stipends", Callers.Staff, Callers.CommunityLeader),
    ];
}
