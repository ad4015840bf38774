namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// A monitor: created when an application is approved; its id is the monitor's id everywhere else
/// (communities, training, tasks). It carries the monitor's personal data, copied from the application and
/// kept up to date by the monitor (contact data and residence).
/// </summary>
public sealed class Membership
{
    /// <summary>The monitor's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The approved application this membership came from.</summary>
    public Guid ApplicationId { get; init; }

    /// <summary>Current state.</summary>
    public MembershipState State { get; set; }

    /// <summary>The last day (Seoul calendar) of the current yearly term.</summary>
    public DateOnly TermEndsOn { get; set; }

    /// <summary>When the membership started (UTC).</summary>
    public DateTimeOffset JoinedAt { get; init; }

    /// <summary>The reason of the last suspension or removal.</summary>
    public string? StateReason { get; set; }

    /// <summary>The monitor's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Birth date.</summary>
    public DateOnly BirthDate { get; set; }

    /// <summary>E-mail address.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>Mobile number, 11 digits.</summary>
    public string Mobile { get; set; } = string.Empty;

    /// <summary>Province code of residence.</summary>
    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>District of residence (Korean name).</summary>
    public string District { get; set; } = string.Empty;

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }
}
