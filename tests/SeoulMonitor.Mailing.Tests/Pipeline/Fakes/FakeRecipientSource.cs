using System.Runtime.CompilerServices;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

/// <summary>
/// An audience source: key "prefix:count" yields <c>prefix{i}@d{i % 4}.example</c> for i = 1..count, generated lazily.
/// </summary>
internal sealed class FakeRecipientSource : IRecipientSource
{
    public int Reads { get; private set; }

    public async IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Reads++;
        var parts = audienceKey.Split(':');
        var count = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Recipient($"{parts[0]}-{i}", $"{parts[0]}{i}@d{i % 4}.example", new Dictionary<string, string> { ["name"] = $"시민 {i}" });
        }

        await Task.CompletedTask;
    }
}
