using System.Globalization;
using System.Runtime.CompilerServices;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary>An SMS audience: key "prefix:count" yields the mobile numbers <c>010-2000-000i</c> for i = 1..count.</summary>
internal sealed class MobileRecipientSource : IRecipientSource
{
    public static string Number(int i) => "010" + (20_000_000 + i).ToString(CultureInfo.InvariantCulture);

    public async IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parts = audienceKey.Split(':');
        var count = int.Parse(parts[1], CultureInfo.InvariantCulture);
        for (var i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Recipient($"{parts[0]}-{i}", Number(i), new Dictionary<string, string> { ["name"] = $"시민{i}" });
        }

        await Task.CompletedTask;
    }
}
