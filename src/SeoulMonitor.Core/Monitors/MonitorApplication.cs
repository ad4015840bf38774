namespace SeoulMonitor.Core.Monitors;

/// <summary>A citizen's application to become a monitor, with the consent they gave and its evidence.</summary>
public sealed class MonitorApplication
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>Current state.</summary>
    public ApplicationState State { get; set; }

    /// <summary>The applicant's name (trimmed, inner spaces collapsed).</summary>
    public required string Name { get; set; }

    /// <summary>Birth date.</summary>
    public DateOnly BirthDate { get; set; }

    /// <summary>E-mail address (domain lower-cased).</summary>
    public required string Email { get; set; }

    /// <summary>Mobile number, 11 digits (01012345678).</summary>
    public required string Mobile { get; set; }

    /// <summary>Province code of residence.</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>District of residence (Korean name, valid when recorded).</summary>
    public required string District { get; set; }

    /// <summary>The consent notice version agreed to.</summary>
    public Guid ConsentNoticeId { get; set; }

    /// <summary>When consent was given (UTC).</summary>
    public DateTimeOffset ConsentedAt { get; set; }

    /// <summary>Consent evidence: the client address.</summary>
    public string? ConsentSourceAddress { get; set; }

    /// <summary>Consent evidence: the client's user agent.</summary>
    public string? ConsentUserAgent { get; set; }

    /// <summary>First submission (UTC).</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The reason of the last rejection or return.</summary>
    public string? StateReason { get; set; }

    /// <summary>SHA-256 (hex) of the applicant's access token; the token itself is never stored.</summary>
    public required string AccessTokenHash { get; init; }

    /// <summary>The membership created on approval.</summary>
    public Guid? MembershipId { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }
}
