namespace SeoulMonitor.Host.Tests.Authorization;

/// <summary>
/// Who may call one endpoint. <see cref="Allowed"/> names the callers from <see cref="Callers"/> that get past
/// authorization; every other caller must be refused with 401 (anonymous) or 403 <c>auth.forbidden</c>.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Route">The route pattern exactly as mapped (for example <c>/api/memberships/{id:guid}/suspend</c>).</param>
/// <param name="Allowed">Callers that pass authorization.</param>
public sealed record EndpointRule(string Method, string Route, params string[] Allowed);

/// <summary>The callers the authorization matrix tries on every endpoint.</summary>
public static class Callers
{
    public const string Anonymous = "anonymous";
    public const string Staff = "staff";
    public const string Department = "department";
    public const string Monitor = "monitor";
    public const string CommunityLeader = "community-leader";

    public static readonly string[] All = [Anonymous, Staff, Department, Monitor, CommunityLeader];

    /// <summary>Everyone with a token.</summary>
    public static readonly string[] Authenticated = [Staff, Department, Monitor, CommunityLeader];

    /// <summary>Monitors, whether or not they lead a community.</summary>
    public static readonly string[] Monitors = [Monitor, CommunityLeader];
}

/// <summary>A feature's authorization rules; the matrix test discovers every implementation by reflection.</summary>
public interface IEndpointRules
{
    /// <summary>The rules of the feature's endpoints.</summary>
    static abstract IEnumerable<EndpointRule> Rules { get; }
}
