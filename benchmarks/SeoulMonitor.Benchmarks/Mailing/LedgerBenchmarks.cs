using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// Batch writes of the delivery ledger on a SQLite file: appending 10,000 recipients to a campaign's snapshot and
/// writing 10,000 outcomes, each in one call (one transaction), reported per row.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private const int Rows = 10_000;
    private static readonly string[] Domains = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "seoul.go.kr"];
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private string _file = null!;
    private IDeliveryLedger _ledger = null!;
    private List<Recipient> _recipients = null!;
    private Guid _campaign;
    private List<DeliveryOutcome> _outcomes = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"seoulmonitor-ledger-bench-{Guid.NewGuid():N}.db");
        _ledger = DeliveryLedgerFactory.Create(new LedgerOptions { ConnectionString = $"Data Source={_file}" });
        await _ledger.InitializeAsync();
        _recipients = Enumerable.Range(1, Rows)
            .Select(i => new Recipient(
                $"subscriber-{i}",
                $"citizen{i}@{Domains[i % Domains.Length]}",
                new Dictionary<string, string> { ["name"] = $"시민{i}", ["district"] = "강남구" },
                $"consent-{i}"))
            .ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    [IterationSetup(Target = nameof(AddRecipientsAsync))]
    public void NewCampaign() => _campaign = CreateCampaignAsync().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(CompleteAsync))]
    public void ClaimedCampaign()
    {
        _campaign = CreateCampaignAsync().GetAwaiter().GetResult();
        _ledger.AddRecipientsAsync(_campaign, _recipients, Now).GetAwaiter().GetResult();
        _ledger.ClaimAsync(_campaign, Rows, "bench", Now, Now.AddMinutes(5), false).GetAwaiter().GetResult();
        _outcomes = Enumerable.Range(1, Rows)
            .Select(i => i % 10 == 0
                ? new DeliveryOutcome(_campaign, i, DeliveryState.Deferred, true, Now.AddMinutes(10), 451, "4.7.1 try again later")
                : new DeliveryOutcome(_campaign, i, DeliveryState.Sent, true, null, 250, "2.0.0 Ok: queued"))
            .ToList();
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public Task<int> AddRecipientsAsync() => _ledger.AddRecipientsAsync(_campaign, _recipients, Now);

    [Benchmark(OperationsPerInvoke = Rows)]
    public Task CompleteAsync() => _ledger.CompleteAsync(_outcomes, Now);

    private async Task<Guid> CreateCampaignAsync()
    {
        var definition = new CampaignDefinition
        {
            Id = Guid.NewGuid(),
            Name = "benchmark",
            Sender = new MailSender("news@seoul.go.kr"),
            Template = new MessageTemplate("{{ name }}", null, "{{ name }}"),
            AudienceKey = "all",
            SendBy = Now.AddDays(1),
        };
        await _ledger.CreateCampaignAsync(definition, Now);
        return definition.Id;
    }
}
