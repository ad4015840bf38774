namespace SeoulMonitor.Host.Incentives;

/// <summary>The body of filing an injury claim (<paramref name="IncidentAt"/> with its offset, e.g. <c>+09:00</c>).</summary>
public sealed record InsuranceClaimRequest(
    Guid? TaskId, Guid? MonitorId, [property: System.Text.Json.Serialization.JsonConverter(typeof(OffsetRequiredDateTimeConverter))] DateTimeOffset? IncidentAt,
    string? Description);

/// <summary>The body of recording the insurer's payment.</summary>
public sealed record InsurancePayRequest(long? Amount);

/// <summary>The body of recording the insurer's decline.</summary>
public sealed record InsuranceDeclineRequest(string? Reason);
