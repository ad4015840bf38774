namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// Configuration of the daily consent upkeep and of the audiences' signed links (configuration section
/// <c>SeoulMonitor:Audiences:Maintenance</c> in the host).
/// </summary>
public sealed class ConsentMaintenanceOptions
{
    /// <summary>The configuration section the host binds.</summary>
    public const string Section = "SeoulMonitor:Audiences:Maintenance";

    /// <summary>How long before a policy-customer renewal date the reminder is queued, and before an advertising confirmation date the notice is queued. Default 30 days; 1 to 90 days.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The page a re-consent link opens; the token is appended as <c>?token=</c>.</summary>
    public Uri ReconsentUrl { get; set; } = new("https://pcrm.seoul.go.kr/reconsent");

    /// <summary>The page a data-request confirmation link opens; the token is appended as <c>?token=</c>.</summary>
    public Uri DataRequestUrl { get; set; } = new("https://pcrm.seoul.go.kr/my-data/confirm");

    /// <summary>The page where a person keeps or withdraws an advertising consent.</summary>
    public Uri PreferencesUrl { get; set; } = new("https://pcrm.seoul.go.kr/preferences");

    /// <summary>The sender named in advertising confirmation notices (시행령 62조의3②), Korean.</summary>
    public string SenderNameKo { get; set; } = "서울특별시";

    /// <summary>The sender named in advertising confirmation notices, English.</summary>
    public string SenderNameEn { get; set; } = "Seoul Metropolitan Government";

    /// <summary>How long a data-request confirmation token is valid. Default 24 hours; 10 minutes to 7 days.</summary>
    public TimeSpan DataRequestTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether the host runs the upkeep daily at 03:00 Seoul time (default true; the staff endpoint works either way).</summary>
    public bool DailyRun { get; set; } = true;

    /// <summary>Subscribers handled per transaction by the destruction step. Default 200; 1 to 5,000.</summary>
    public int BatchSize { get; set; } = 200;
}
