namespace SeoulMonitor.Core.Audit;

/// <summary>The single row that anchors the end of the chain, so that removing the newest entries is detected.</summary>
internal sealed class AuditHead
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    public long Sequence { get; set; }

    public required string Hash { get; set; }
}
