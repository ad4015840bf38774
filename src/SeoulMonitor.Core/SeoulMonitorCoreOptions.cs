namespace SeoulMonitor.Core;

/// <summary>Configuration of the Citizen Monitor domain services (section <c>SeoulMonitor</c> by convention).</summary>
public sealed class SeoulMonitorCoreOptions
{
    /// <summary>Storage provider and connection.</summary>
    public StorageOptions Storage { get; set; } = new();

    /// <summary>Who may become a monitor.</summary>
    public Monitors.EligibilityOptions Eligibility { get; set; } = new();

    /// <summary>Training attendance rules.</summary>
    public Training.TrainingOptions Training { get; set; } = new();

    /// <summary>The monthly access-log review.</summary>
    public AccessLog.AccessReviewOptions AccessReview { get; set; } = new();

    /// <summary>Subscribing to the city's lists: double opt-in and citizens' tokens.</summary>
    public global::SeoulMonitor.Core.Audiences.Subscriptions.SubscriptionOptions Subscriptions { get; set; } = new();
    /// <summary>Subscribers' address rules and staff imports (section <c>Audiences</c>).</summary>
    public global::SeoulMonitor.Core.Audiences.AudienceOptions Audiences { get; set; } = new();
}
