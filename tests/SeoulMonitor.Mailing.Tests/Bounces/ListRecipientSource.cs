using System.Runtime.CompilerServices;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>Audiences given as lists of addresses (the audience key names the list).</summary>
internal sealed class ListRecipientSource : IRecipientSource
{
    private readonly Dictionary<string, string[]> _audiences = [];

    public void Set(string key, params string[] addresses)
    {
        lock (_audiences)
        {
            _audiences[key] = addresses;
        }
    }

    public async IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string[] addresses;
        lock (_audiences)
        {
            addresses = _audiences[audienceKey];
        }

        foreach (var address in addresses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Recipient(address, address, new Dictionary<string, string> { ["name"] = "시민" });
        }

        await Task.CompletedTask;
    }
}
