using BenchmarkDotNet.Attributes;

namespace SeoulMonitor.Benchmarks;

/// <summary>
/// Appending audit records on a SQLite file: one record per transaction (one lifecycle transition per request), and
/// 100 records in one transaction, reported per record.
/// </summary>
[MemoryDiagnoser]
public class AuditAppendBenchmarks
{
    private const int Batch = 100;
    private BenchmarkDatabase _database = null!;

    [GlobalSetup]
    public async Task SetupAsync() => _database = await BenchmarkDatabase.CreateAsync();

    [GlobalCleanup]
    public async Task CleanupAsync() => await _database.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task AppendOnePerTransactionAsync() => _database.AppendAsync(1, perTransaction: 1);

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task AppendHundredInOneTransactionAsync() => _database.AppendAsync(Batch, perTransaction: Batch);
}
