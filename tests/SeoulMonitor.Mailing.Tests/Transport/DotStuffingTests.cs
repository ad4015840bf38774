using System.Text;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class DotStuffingTests
{
    [Theory]
    [InlineData("", ".\r\n")]
    [InlineData("a\r\n", "a\r\n.\r\n")]
    [InlineData("no line end", "no line end\r\n.\r\n")]
    [InlineData(".leading\r\n", "..leading\r\n.\r\n")]
    [InlineData("x\r\n.\r\ny\r\n", "x\r\n..\r\ny\r\n.\r\n")]
    [InlineData("x\r\n..two\r\n...three\r\n", "x\r\n...two\r\n....three\r\n.\r\n")]
    [InlineData(".\r\n.\r\n.", "..\r\n..\r\n..\r\n.\r\n")]
    [InlineData("a.b\r\n .c\r\n", "a.b\r\n .c\r\n.\r\n")]
    public void WriteTerminated_Content_DoublesLeadingDotsAndEndsWithTheDotLine(string content, string expected)
    {
        var source = Encoding.ASCII.GetBytes(content);
        var destination = new byte[DotStuffing.MaxTerminatedLength(source.Length)];

        var written = DotStuffing.WriteTerminated(source, destination);

        Assert.Equal(expected, Encoding.ASCII.GetString(destination, 0, written));
    }

    [Fact]
    public void WriteTerminated_WorstCaseOfDotLines_FitsInTheMaximumLength()
    {
        var source = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(".\n", 1000)));
        var destination = new byte[DotStuffing.MaxTerminatedLength(source.Length)];

        var written = DotStuffing.WriteTerminated(source, destination);

        Assert.InRange(written, source.Length + 1000, destination.Length);
    }
}
