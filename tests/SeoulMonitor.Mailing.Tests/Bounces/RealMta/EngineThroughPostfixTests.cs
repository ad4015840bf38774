using System.Text;
using SeoulMonitor.Mailing.Transport;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Bounces.RealMta;

/// <summary>
/// The engine's own SMTP transport against the rig's Postfix: what the end-to-end bounce test builds on. Postfix accepts
/// every rig.test recipient (the engine sees a success), and the unknown one comes back later as a DSN to the row's VERP
/// return path.
/// </summary>
public sealed class EngineThroughPostfixTests
{
    [Fact]
    public Task Send_EngineConnectionToUnknownRecipient_AcceptedThenDsnAtVerp() => RealMtaRig.RunAsync(async rig =>
    {
        var token = RealMtaRig.NewToken("engine");
        var verp = MailRigAddresses.Verp(token);
        var known = MailRigAddresses.Delivered($"citizen-{token}");
        var unknown = MailRigAddresses.Unknown(token);
        var factory = new SmtpConnectionFactory(new SmtpOptions
        {
            Host = rig.Host,
            Port = rig.SmtpPort,
            Security = SmtpSecurity.StartTlsWhenAvailable,
            ClientName = "engine.seoul.example",
            ConnectTimeout = TimeSpan.FromSeconds(10),
            CommandTimeout = TimeSpan.FromSeconds(30),
        });

        SendResult[] results;
        using (var connection = factory.Open(TestContext.Current.CancellationToken))
        {
            results = [.. new[] { known, unknown }.Select(recipient => connection.Send(Message(verp, recipient), TestContext.Current.CancellationToken))];
        }

        Assert.All(results, result => Assert.Equal(SendOutcomeKind.Accepted, result.Kind));
        var bounce = Assert.Single(await rig.WaitForMessagesAsync(MailRig.DeliveredTo(verp), 1, RealMtaRig.BounceTimeout, TestContext.Current.CancellationToken));
        var report = DeliveryStatusReport.Read(bounce.Message);
        Assert.Equal("5.1.1", report.Recipient(unknown)["Status"]);
        Assert.Equal($"{unknown.Split('@')[0]}@seoul.example", report.Returned?.MessageId);
    });

    private static OutgoingMessage Message(string sender, string recipient)
    {
        var id = $"{recipient.Split('@')[0]}@seoul.example";
        var content = $"From: news@seoul.example\r\nTo: {recipient}\r\nSubject: Engine\r\nMessage-ID: <{id}>\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: text/plain; charset=us-ascii\r\n\r\nSent by the engine's SMTP transport.\r\n";
        return new OutgoingMessage(sender, recipient, id, Encoding.ASCII.GetBytes(content));
    }
}
