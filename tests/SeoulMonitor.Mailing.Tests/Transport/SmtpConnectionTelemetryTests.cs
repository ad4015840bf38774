using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using System.Diagnostics.Metrics;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpConnectionTelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_WithMeterFactory_EmitsTheEnginesAndMailKitsMeters()
    {
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var messages = new MetricCollector<long>(meterFactory, MailingTelemetry.MeterName, "seoulmonitor.mailing.transport.messages");
        using var connections = new MetricCollector<long>(meterFactory, MailingTelemetry.MeterName, "seoulmonitor.mailing.transport.connections");
        using var mailKit = new MetricCollector<long>(meterFactory, MailKit.Telemetry.SmtpClient.MeterName, "mailkit.net.smtp.client.operation.count");
        await using var server = FaultySmtpServer.Start();
        server.RejectRecipient("gone@example.test");

        using (var connection = SmtpTestFactory.For(server, meterFactory: meterFactory).Open(Ct))
        {
            connection.Send(TestMessages.Create("ok@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
            connection.Send(TestMessages.Create("no@c.test"), TestMessages.Sender(), TestMessages.Recipient("gone@example.test"), Ct);
        }

        Assert.Equal(["accepted", "permanent_failure"], messages.GetMeasurementSnapshot().Select(m => (string)m.Tags["outcome"]!));
        Assert.All(messages.GetMeasurementSnapshot(), m => Assert.Equal("smtp", m.Tags["transport"]));
        Assert.Equal("opened", Assert.Single(connections.GetMeasurementSnapshot()).Tags["result"]);
        Assert.NotEmpty(mailKit.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Send_CancelledWhileTheServerTarpits_ThrowsPromptlyAndClosesTheConnection()
    {
        await using var server = FaultySmtpServer.Start();
        server.Tarpit(SmtpStage.DataEnd, Timeout.InfiniteTimeSpan);
        using var connection = SmtpTestFactory.For(server, o => o.CommandTimeout = TimeSpan.FromMinutes(5)).Open(Ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var sending = Task.Run(() => connection.Send(TestMessages.Create("c@c.test"), TestMessages.Sender(), TestMessages.Recipient(), cancel.Token), Ct);
        await server.WaitUntilAsync(s => s.CommandCount("DATA") == 1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.False(connection.IsUsable);
    }
}
