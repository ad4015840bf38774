using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Tests;

public sealed class TelemetryNamesTests
{
    [Fact]
    public void MeterAndActivitySource_HaveTheLibraryName()
    {
        Assert.Equal("SeoulMonitor.Mailing", MailingTelemetry.MeterName);
        Assert.Equal(MailingTelemetry.ActivitySourceName, MailingTelemetry.ActivitySource.Name);
    }
}
