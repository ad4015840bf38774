using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audit;

namespace SeoulMonitor.Benchmarks;

/// <summary>Walking and re-hashing the whole audit chain on a SQLite file (GET /api/audit/verify).</summary>
[MemoryDiagnoser]
public class AuditVerifyBenchmarks
{
    private BenchmarkDatabase _database = null!;

    [Params(10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync();
        await _database.AppendAsync(Entries, perTransaction: 500);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _database.DisposeAsync();

    [Benchmark(Baseline = true)]
    public async Task<AuditVerification> VerifyChainAsync()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync();
        return verification.IsIntact && verification.EntriesChecked == Entries
            ? verification
            : throw new InvalidOperationException($"Unexpected verification: {verification}");
    }
}
