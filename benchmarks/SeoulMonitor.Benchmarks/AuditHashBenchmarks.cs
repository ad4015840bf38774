using BenchmarkDotNet.Attributes;
using SeoulMonitor.Core.Audit;

namespace SeoulMonitor.Benchmarks;

/// <summary>The SHA-256 over one audit entry's length-prefixed fields (done once per append and per verified entry).</summary>
[MemoryDiagnoser]
public class AuditHashBenchmarks
{
    private readonly AuditEntry _entry = new()
    {
        Sequence = 123_456,
        At = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero),
        ActorKind = "Staff",
        ActorId = "staff-kim",
        EntityType = "membership",
        EntityId = "0194f3a2-5c1e-7d3a-9b2f-1a2b3c4d5e6f",
        Event = "Suspend",
        FromState = "Active",
        ToState = "Suspended",
        Reason = "활동 보고서를 3개월 연속 제출하지 않아 자격을 정지합니다 (monthly reports missing for three months).",
        PreviousHash = new string('a', 64),
    };

    [Benchmark(Baseline = true)]
    public string Compute() => AuditHasher.Compute(_entry);
}
