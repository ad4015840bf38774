using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class HeaderEncoderTests
{
    [Theory]
    [InlineData("Kim Minsu", "To: Kim Minsu <a@b.example>")]
    [InlineData("Kim, Minsu (Mapo)", "To: \"Kim, Minsu (Mapo)\" <a@b.example>")]
    [InlineData("say \"hi\" \\o/", "To: \"say \\\"hi\\\" \\\\o/\" <a@b.example>")]
    [InlineData("", "To: a@b.example")]
    public void WriteMailbox_AsciiNames_AtomsOrQuotedString(string name, string expected)
    {
        Assert.Equal(expected, Write("To:", (buffer, ref lineStart) => HeaderEncoder.WriteMailbox(buffer, name, "a@b.example", ref lineStart)));
    }

    [Theory]
    [InlineData("김민수")]
    [InlineData("서울특별시 시민모니터 운영사무국 담당자 홍길동 (마포구, 강남구, 종로구, 서대문구, 은평구 지역 담당)")]
    [InlineData("Kim 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 민수")]
    [InlineData("=?utf-8?B?7ZmN?= injected")]
    public void WriteMailbox_NonAsciiOrLongNames_EncodedWordsRoundTrip(string name)
    {
        var header = Write("To:", (buffer, ref lineStart) => HeaderEncoder.WriteMailbox(buffer, name, "a@b.example", ref lineStart));

        AssertWellFormed(header);
        var mailbox = (MailboxAddress)InternetAddressList.Parse(Unfold(header)["To:".Length..])[0];
        Assert.Equal(name, mailbox.Name);
        Assert.Equal("a@b.example", mailbox.Address);
    }

    [Fact]
    public void WriteMailbox_VeryLongAsciiNameWithoutSpaces_FoldsAndRoundTrips()
    {
        var name = new string('a', 2_000) + " b";
        var header = Write("To:", (buffer, ref lineStart) => HeaderEncoder.WriteMailbox(buffer, name, "a@b.example", ref lineStart));

        AssertWellFormed(header);
        Assert.Equal(name, ((MailboxAddress)InternetAddressList.Parse(Unfold(header)["To:".Length..])[0]).Name);
    }

    [Theory]
    [InlineData("Monthly notice for Kim: schedule, training and incentives for the monitors of Mapo-gu district")]
    [InlineData("김민수님, 마포구 시민모니터 안내 — 1월 활동 일정과 교육, 인센티브 지급 기준이 바뀌었습니다. 꼭 확인해 주세요.")]
    [InlineData("x  Bcc: victim@example.com")]
    [InlineData("=?utf-8?B?7ZmN?=")]
    [InlineData("a😀b")]
    public void WriteUnstructured_Subjects_FoldedAndRoundTrip(string subject)
    {
        var header = Write("Subject:", (buffer, ref lineStart) => HeaderEncoder.WriteUnstructured(buffer, subject, ref lineStart));

        AssertWellFormed(header);
        using var message = MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(header + "\r\n\r\n")), TestContext.Current.CancellationToken);
        Assert.Equal(subject, message.Subject);
    }

    [Fact]
    public void WriteUnstructured_LongestAsciiSubjectWithoutSpaces_StaysUnder78()
    {
        var subject = new string('s', MessageLimits.MaxRenderedSubjectLength);
        var header = Write("Subject:", (buffer, ref lineStart) => HeaderEncoder.WriteUnstructured(buffer, subject, ref lineStart));

        AssertWellFormed(header);
        using var message = MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(header + "\r\n\r\n")), TestContext.Current.CancellationToken);
        Assert.Equal(subject, message.Subject);
    }

    private delegate void WriteValue(WireBuffer buffer, ref int lineStart);

    private static string Write(string head, WriteValue write)
    {
        var buffer = new WireBuffer(16);
        buffer.WriteAscii(head);
        var lineStart = 0;
        write(buffer, ref lineStart);
        return Encoding.ASCII.GetString(buffer.Bytes, 0, buffer.Length);
    }

    private static void AssertWellFormed(string header)
    {
        Assert.All(header.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
        Assert.All(header.Split("\r\n").Skip(1), line => Assert.StartsWith(" ", line, StringComparison.Ordinal));
        Assert.All(Regex.Matches(header, @"=\?utf-8\?B\?[^?]*\?="), word => Assert.True(word.Length <= 75, word.Value));
        Assert.All(Regex.Matches(header, @"=\?utf-8\?B\?([^?]*)\?="), word => Assert.Equal(
            Convert.FromBase64String(word.Groups[1].Value),
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Convert.FromBase64String(word.Groups[1].Value)))));
        Assert.DoesNotContain(header, c => c >= 0x80 || (char.IsControl(c) && c is not '\r' and not '\n'));
    }

    private static string Unfold(string header) => header.Replace("\r\n", "", StringComparison.Ordinal);
}
