using System.Diagnostics;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Tests.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// Faults injected by the fake SMTP server into the real engine (SQLite ledger, real SMTP transport, millisecond
/// retries): nothing is silently dropped, 4xx is deferred and delivered, broken connections cost no attempt, 5xx is
/// recorded and suppressed, and the send-time gate is asked right before each send.
/// </summary>
public sealed class FaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_BurstsOf421And451And452_DeferredNotFailedAndDeliveredBeforeDeadline()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.Mail, "421 4.7.0 Too many connections, closing", "421 4.7.0 Too many connections, closing");
        server.QueueReplies(SmtpStage.Rcpt, "452 4.5.3 Too many recipients", "452 4.5.3 Too many recipients");
        server.QueueReplies(SmtpStage.DataEnd, "451 4.3.0 Try again later", "451 4.3.0 Try again later", "451 4.3.0 Try again later",
            "452 4.3.1 Insufficient system storage", "452 4.3.1 Insufficient system storage");
        const int injected = 9;
        await using var harness = new SmtpEngineHarness(server);
        await harness.StartAsync();
        var sendBy = TimeProvider.System.GetUtcNow().AddMinutes(10);

        var id = await harness.LaunchAsync("b:300", sendBy);

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        var audit = await harness.AuditAsync(id, "b", 300);
        audit.AssertEveryRecipientFinalAndNoneLost(300, static _ => false);
        Assert.Equal(300, audit.Counts.Sent);
        Assert.Equal(0, audit.Duplicates);
        Assert.Equal(300 + injected, audit.Records.Sum(r => r.Attempts));
        Assert.InRange(audit.Records.Count(r => r.Attempts > 1), 1, injected);
        Assert.All(audit.Records, r => Assert.True(r.UpdatedAt < sendBy));
        Assert.Equal(2, server.ConnectionsClosedBy421);
    }

    [Fact]
    public async Task Send_ConnectionDroppedMidData_RetriedOnFreshConnectionDeliveredAndAttemptNotCounted()
    {
        await using var server = FaultySmtpServer.Start();
        server.DropConnectionDuringData(afterBytes: 256, times: 3);
        await using var harness = new SmtpEngineHarness(server, workers: 3);
        await harness.StartAsync();

        var id = await harness.LaunchAsync("m:200");

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        var audit = await harness.AuditAsync(id, "m", 200);
        audit.AssertEveryRecipientFinalAndNoneLost(200, static _ => false);
        Assert.Equal(0, audit.Duplicates);
        Assert.Equal(3, server.DroppedConnections);
        Assert.True(server.ConnectionCount >= 3 + 3, $"{server.ConnectionCount} connections: each drop needs a fresh one");
        Assert.All(audit.Records, r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task Send_TarpitOnOneConnection_OthersKeepDeliveringAndSlowMessageRetried()
    {
        var commandTimeout = TimeSpan.FromSeconds(8);
        await using var server = FaultySmtpServer.Start();
        server.TarpitOnce(SmtpStage.DataEnd, Timeout.InfiniteTimeSpan);
        await using var harness = new SmtpEngineHarness(server, workers: 3, configure: o => o.Smtp.CommandTimeout = commandTimeout);
        await harness.StartAsync();

        var id = await harness.LaunchAsync("t:400");
        await server.WaitUntilAsync(s => s.HoldingInTarpit == 1, EngineHarness.Timeout);
        var atHold = server.MessageCount;
        await server.WaitUntilAsync(s => s.MessageCount >= atHold + 100, EngineHarness.Timeout);

        // The other connections delivered 100 messages while the stuck session was still held.
        Assert.Equal(1, server.HoldingInTarpit);
        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        var audit = await harness.AuditAsync(id, "t", 400);
        audit.AssertEveryRecipientFinalAndNoneLost(400, static _ => false);
        Assert.Equal(0, audit.Duplicates);
        Assert.All(audit.Records, r => Assert.Equal(1, r.Attempts));
        // The stuck message was sent again after the timeout (one more MAIL), without counting an attempt.
        Assert.Equal(401, server.CommandCount("MAIL"));
    }

    [Fact]
    public async Task Send_550ForSomeRecipients_FailedWithReplySuppressedAndSkippedByNextCampaign()
    {
        await using var server = FaultySmtpServer.Start();
        var rejected = Enumerable.Range(1, 300).Where(i => i % 50 == 7).Select(i => FormattableString.Invariant($"f{i}@d{i % 4}.example")).ToList();
        foreach (var address in rejected)
        {
            server.RejectRecipient(address);
        }

        await using var harness = new SmtpEngineHarness(server);
        await harness.StartAsync();

        var first = await harness.LaunchAsync("f:300");
        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(first));
        var second = await harness.LaunchAsync("f:300");
        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(second));

        var one = await harness.AuditAsync(first, "f", 300);
        one.AssertEveryRecipientFinalAndNoneLost(300, r => r.State == DeliveryState.Failed && rejected.Contains(r.Address));
        Assert.Equal(rejected.Count, one.Counts.Failed);
        Assert.All(one.Records.Where(r => r.State == DeliveryState.Failed), r =>
        {
            Assert.Equal(550, r.ReplyCode);
            Assert.Contains("User unknown", r.Reply, StringComparison.Ordinal);
        });
        Assert.Equivalent(rejected, await harness.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        var two = await harness.AuditAsync(second, "f", 300);
        two.AssertEveryRecipientFinalAndNoneLost(300, r => r.State == DeliveryState.Suppressed && rejected.Contains(r.Address));
        Assert.Equal(rejected.Count, two.Counts.Suppressed);
        Assert.Equal(0, two.Counts.Failed);
        Assert.Equal(300 + 300 - rejected.Count, server.CommandCount("RCPT"));
        Assert.Equal(0, one.Duplicates + two.Duplicates);
    }

    [Fact]
    public async Task Send_ConsentWithdrawnWhileRunning_RecipientSuppressedWithGateReasonAndNeverReceived()
    {
        await using var server = FaultySmtpServer.Start();
        const string withdrawn = "w300@d0.example";
        var gate = new RecordingGate(server, withdrawn, withdrawAfterMessages: 50);
        await using var harness = new SmtpEngineHarness(server, gate: gate);
        await harness.StartAsync();

        var id = await harness.LaunchAsync("w:300");

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        var audit = await harness.AuditAsync(id, "w", 300);
        audit.AssertEveryRecipientFinalAndNoneLost(300, r => r.Address == withdrawn);
        var row = audit.Records.Single(r => r.Address == withdrawn);
        Assert.Equal(DeliveryState.Suppressed, row.State);
        Assert.Equal(RecordingGate.WithdrawnReason, row.Reply);
        Assert.Equal(299, audit.Counts.Sent);
        Assert.True(gate.WithdrawnAskedAt >= 50, $"asked at {gate.WithdrawnAskedAt} messages: the gate must be asked at send time, not at launch");
        Assert.DoesNotContain(server.Messages, m => m.Recipients.Contains(withdrawn));
    }

    [Fact]
    public async Task Send_WithRetries_GateAskedOncePerSendAttempt()
    {
        await using var server = FaultySmtpServer.Start();
        server.QueueReplies(SmtpStage.DataEnd, "451 4.3.0 Try again later", "451 4.3.0 Try again later", "452 4.3.1 Insufficient system storage",
            "451 4.3.0 Try again later", "451 4.3.0 Try again later");
        var gate = new RecordingGate(server);
        await using var harness = new SmtpEngineHarness(server, gate: gate);
        await harness.StartAsync();

        var id = await harness.LaunchAsync("o:200");

        Assert.Equal(CampaignState.Completed, await harness.WaitAsync(id));
        var audit = await harness.AuditAsync(id, "o", 200);
        audit.AssertEveryRecipientFinalAndNoneLost(200, static _ => false);
        Assert.Equal(205, server.CommandCount("MAIL"));
        Assert.Equal(server.CommandCount("MAIL"), gate.Calls);
        Assert.All(audit.Records, r => Assert.Equal(r.Attempts, gate.CallsPerAddress[r.Address]));
    }
}
