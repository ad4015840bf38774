namespace SeoulMonitor.Core.Common;

/// <summary>The identity recorded in audit and access logs for an action.</summary>
/// <param name="Kind">What kind of actor this is.</param>
/// <param name="Id">The actor's identifier within its kind (a staff account, a monitor id, …).</param>
public sealed record Actor(ActorKind Kind, string Id)
{
    /// <summary>The system actor used by scheduled jobs.</summary>
    public static Actor System { get; } = new(ActorKind.System, "system");

    /// <summary>An anonymous citizen.</summary>
    public static Actor Citizen { get; } = new(ActorKind.Citizen, "anonymous");

    /// <summary>Creates a staff actor.</summary>
    public static Actor Staff(string id) => new(ActorKind.Staff, id);

    /// <summary>Creates a monitor actor.</summary>
    public static Actor Monitor(Guid monitorId) => new(ActorKind.Monitor, monitorId.ToString("D"));

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
