using System.Runtime.CompilerServices;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// A synthetic audience of N recipients spread over several Korean and global mail domains (as <c>.test</c> names),
/// generated as it is read: nothing is held in memory.
/// </summary>
internal sealed class SendAudience(int count) : IRecipientSource
{
    private static readonly string[] Domains = ["naver.test", "daum.test", "gmail.test", "hanmail.test", "kakao.test", "nate.test", "outlook.test", "seoul.test"];
    private static readonly string[] Names = ["김민수", "이서연", "박지훈", "최수빈", "정예린", "강도윤", "조하은", "윤시우"];
    private static readonly string[] Districts = ["마포구", "종로구", "강남구", "송파구", "노원구", "은평구", "관악구", "성동구"];
    private static readonly string[] Greetings = ["안녕하세요", "반갑습니다", "Hello"];

    public async IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = new Dictionary<string, string>(3)
            {
                ["name"] = Names[i % Names.Length],
                ["district"] = Districts[(i / 7) % Districts.Length],
                ["greeting"] = Greetings[i % Greetings.Length],
            };
            yield return new Recipient($"r{i}", $"user{i}@{Domains[i % Domains.Length]}", fields);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
