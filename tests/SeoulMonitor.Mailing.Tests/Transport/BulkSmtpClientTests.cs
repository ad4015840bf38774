using MimeKit;
using MimeKit.IO;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class BulkSmtpClientTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2048)]
    [InlineData(20_480)]
    [InlineData(1_000_000)]
    public void EstimateSize_Message_AtLeastTheRealSizeAndCloseToIt(int bodyBytes)
    {
        var message = TestMessages.Create("size@c.test", bodyBytes: bodyBytes);
        using var measure = new MeasuringStream();
        var smtpFormat = FormatOptions.Default.Clone();
        smtpFormat.NewLineFormat = NewLineFormat.Dos;
        message.WriteTo(smtpFormat, measure, TestContext.Current.CancellationToken);

        var estimate = BulkSmtpClient.EstimateSize(message);

        Assert.InRange(estimate, measure.Length, measure.Length + 4096);
    }
}
