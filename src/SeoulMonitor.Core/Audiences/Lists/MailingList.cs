namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>
/// A list people subscribe to, one consent purpose: a newsletter, a fire station's disaster-prevention notices to its
/// district, or a department's audience.
/// </summary>
public sealed class MailingList
{
    /// <summary>The list's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The stable key (lower-case letters, digits and '-'), e.g. <c>seoul-sibo</c> or <c>fire-11-종로구</c>.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>Korean name.</summary>
    public string NameKo { get; set; } = string.Empty;

    /// <summary>English name.</summary>
    public string NameEn { get; set; } = string.Empty;

    /// <summary>What the list is for.</summary>
    public ListKind Kind { get; init; }

    /// <summary>The renewal rule of its consents.</summary>
    public ConsentRegime Regime { get; init; }

    /// <summary>For a fire station's list: the province of the district it covers.</summary>
    public string? ProvinceCode { get; init; }

    /// <summary>For a fire station's list: the district it covers (Korean name).</summary>
    public string? District { get; init; }

    /// <summary>For a fire station's list: the station (Korean name).</summary>
    public string? FireStation { get; init; }

    /// <summary>For a department's list: the department.</summary>
    public string? Department { get; init; }

    /// <summary>Whether people can subscribe (closed lists keep their consents but take no new ones).</summary>
    public bool IsOpen { get; set; } = true;

    /// <summary>When the list was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
