namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>The reflection SLA (configuration section <c>SeoulMonitor:Monitoring:Reflection</c>).</summary>
public sealed class ReflectionOptions
{
    /// <summary>The configuration section the host binds.</summary>
    public const string Section = "SeoulMonitor:Monitoring:Reflection";

    /// <summary>Days a department has to answer a sent finding (RespondBy = sent + this). Default 30; 1 to 365.</summary>
    public int ResponseDays { get; set; } = 30;

    /// <summary>Days before the deadline the department is reminded. Default 7; at least 1 and less than <see cref="ResponseDays"/>.</summary>
    public int ReminderLeadDays { get; set; } = 7;

    /// <summary>How often the host runs the SLA check. Default one hour; 1 minute to 1 day.</summary>
    public TimeSpan RunInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether the host runs the SLA check on its own (default true; the staff endpoint works either way).</summary>
    public bool Scheduled { get; set; } = true;
}
