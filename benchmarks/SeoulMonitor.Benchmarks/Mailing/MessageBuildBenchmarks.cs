using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// Building one message's wire bytes with a worker's reused writer (render, encode, headers), unsigned and
/// DKIM-signed (rsa-sha256, 2048-bit key); the difference is the DKIM cost per message.
/// </summary>
[MemoryDiagnoser]
public class MessageBuildBenchmarks
{
    private MessageWriter _writer = null!;
    private MessageWriter _signed = null!;
    private RSA _rsa = null!;
    private LeasedDelivery _delivery = null!;

    [Params(2_000, 20_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rsa = RSA.Create(2048);
        _writer = MessageBenchmarkData.Composer(Bytes).CreateWriter();
        _signed = MessageBenchmarkData.Composer(Bytes, MessageBenchmarkData.Rsa2048(_rsa)).CreateWriter();
        _delivery = MessageBenchmarkData.Delivery(1);
        _writer.TryWrite(_delivery, out var message, out _);
        Console.WriteLine($"// message size: {message.Content.Length} bytes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _signed.Dispose();
        _rsa.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int TryWrite() => _writer.TryWrite(_delivery, out var message, out _) ? message.Content.Length : 0;

    [Benchmark]
    public int TryWriteRsaSigned() => _signed.TryWrite(_delivery, out var message, out _) ? message.Content.Length : 0;
}
