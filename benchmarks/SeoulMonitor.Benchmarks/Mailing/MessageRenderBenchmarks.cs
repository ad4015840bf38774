using BenchmarkDotNet.Attributes;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// Rendering one personalised message (subject, HTML and text) with a worker's reused renderer: the template as it is
/// (text and plain merge fields, rendered from segments cut once per campaign) and, as the baseline, the same template
/// with one filter per merge field (<c>{{ name | strip }}</c>), which leaves every part to Fluid per recipient.
/// </summary>
[MemoryDiagnoser]
public class MessageRenderBenchmarks
{
    private TemplateRenderer _renderer = null!;
    private TemplateRenderer _fluid = null!;
    private LeasedDelivery _delivery = null!;

    [Params(2_000, 20_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var templates = CampaignTemplates.Compile(MessageBenchmarkData.Template(Bytes)).Templates!;
        _renderer = new TemplateRenderer(templates, TimeProvider.System);
        var template = MessageBenchmarkData.Template(Bytes);
        var filtered = new SeoulMonitor.Mailing.Campaigns.MessageTemplate(WithFilters(template.Subject), WithFilters(template.Html!), WithFilters(template.Text!));
        _fluid = new TemplateRenderer(CampaignTemplates.Compile(filtered).Templates!, TimeProvider.System);
        _delivery = MessageBenchmarkData.Delivery(1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _renderer.Dispose();
        _fluid.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool RenderWithFluid() => _fluid.TryRender(_delivery, "https://monitor.seoul.example/unsubscribe?t=abc", out _);

    [Benchmark]
    public bool Render() => _renderer.TryRender(_delivery, "https://monitor.seoul.example/unsubscribe?t=abc", out _);

    private static string WithFilters(string template) => template.Replace(" }}", " | strip }}", StringComparison.Ordinal);
}
