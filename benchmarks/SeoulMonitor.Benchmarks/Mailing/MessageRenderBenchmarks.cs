using BenchmarkDotNet.Attributes;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>Rendering one personalised message (subject, HTML and text) with a worker's reused renderer.</summary>
[MemoryDiagnoser]
public class MessageRenderBenchmarks
{
    private TemplateRenderer _renderer = null!;
    private LeasedDelivery _delivery = null!;

    [Params(2_000, 20_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var templates = CampaignTemplates.Compile(MessageBenchmarkData.Template(Bytes)).Templates!;
        _renderer = new TemplateRenderer(templates, TimeProvider.System);
        _delivery = MessageBenchmarkData.Delivery(1);
    }

    [GlobalCleanup]
    public void Cleanup() => _renderer.Dispose();

    [Benchmark]
    public bool Render() => _renderer.TryRender(_delivery, "https://monitor.seoul.example/unsubscribe?t=abc", out _);
}
