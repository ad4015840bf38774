namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>A yearly (or extra) round in which departments are asked for their monitoring demand.</summary>
public sealed class DemandSurveyRound
{
    /// <summary>The round's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The program year it plans for.</summary>
    public int Year { get; init; }

    /// <summary>The title, e.g. "2027 시민모니터링 과제 수요조사".</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>When departments may start submitting (UTC).</summary>
    public DateTimeOffset OpensAt { get; set; }

    /// <summary>When submissions close (UTC).</summary>
    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>Whether staff closed it early.</summary>
    public bool ClosedEarly { get; set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
