using BenchmarkDotNet.Attributes;
using MailKit.Net.Smtp;
using MimeKit;
using MimeKit.IO;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// Composing one message with a worker's reused writer (render, encode, headers; no DKIM), and writing it through
/// MailKit's DATA filter (dot-stuffing) to a null stream, as SmtpClient does.
/// </summary>
[MemoryDiagnoser]
public class MessageBuildBenchmarks
{
    private static readonly FormatOptions Wire = CreateWire();
    private MessageWriter _writer = null!;
    private LeasedDelivery _delivery = null!;
    private MimeMessage _message = null!;

    [Params(2_000, 20_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _writer = MessageBenchmarkData.Composer(Bytes).CreateWriter();
        _delivery = MessageBenchmarkData.Delivery(1);
        _message = _writer.Compose(_delivery);
        using var measure = new MeasuringStream();
        _message.WriteTo(Wire, measure);
        Console.WriteLine($"// message size: {measure.Length} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark]
    public MimeMessage Compose() => _writer.Compose(_delivery);

    [Benchmark]
    public void WriteToSmtpDataFilter()
    {
        using var filtered = new FilteredStream(Stream.Null);
        filtered.Add(new SmtpDataFilter());
        _message.WriteTo(Wire, filtered);
        filtered.Flush();
    }

    [Benchmark]
    public void ComposeAndWrite()
    {
        var message = _writer.Compose(_delivery);
        using var filtered = new FilteredStream(Stream.Null);
        filtered.Add(new SmtpDataFilter());
        message.WriteTo(Wire, filtered);
        filtered.Flush();
    }

    private static FormatOptions CreateWire()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        options.EnsureNewLine = true;
        return options;
    }
}
