using System.Globalization;
using System.Runtime.CompilerServices;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Mailing.CrashHarness;

/// <summary>
/// A deterministic audience: key <c>synthetic:N</c> yields recipient <c>r-{i}</c> at <c>r{i}@{domain}</c> for i = 1..N,
/// the domain cycling through <see cref="Domains"/>. The crash tests compute the same addresses.
/// </summary>
internal sealed class SyntheticAudience : IRecipientSource
{
    public static readonly string[] Domains = ["naver.com", "daum.net", "gmail.com", "seoul.go.kr"];

    public static string Key(int count) => string.Create(CultureInfo.InvariantCulture, $"synthetic:{count}");

    public static string Address(int i) => string.Create(CultureInfo.InvariantCulture, $"r{i}@{Domains[i % Domains.Length]}");

    public async IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var count = int.Parse(audienceKey.AsSpan(audienceKey.IndexOf(':', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture);
        for (var i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Recipient(
                string.Create(CultureInfo.InvariantCulture, $"r-{i}"),
                Address(i),
                new Dictionary<string, string> { ["name"] = string.Create(CultureInfo.InvariantCulture, $"시민 {i}") });
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
