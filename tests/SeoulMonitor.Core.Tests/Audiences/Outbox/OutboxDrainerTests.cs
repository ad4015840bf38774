using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Transport;
using static SeoulMonitor.Core.Tests.Audiences.SubscriptionKit;

namespace SeoulMonitor.Core.Tests.Audiences.Outbox;

/// <summary>The durable outbox drained through the mail engine's transport.</summary>
public sealed class OutboxDrainerTests
{
    [Fact]
    public async Task Drain_ConfirmationQueuedBySubscribe_SentOnceAsSevenBitMimeWithTheLinkAndMarkedSent()
    {
        var transport = new RecordingMailTransport();
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, services: s => s.AddSingleton<IMailConnectionFactory>(transport));
        await host.WithAsync<Core.Audiences.Lists.ListCatalogSeeder, Core.Audiences.Lists.ListSeedResult>(s => s.SeedAsync(Ct));
        await SubscribeAsync(host, "reader@example.com", "seoul-sibo");
        var drainer = host.Services.GetRequiredService<OutboxDrainer>();

        var first = await drainer.DrainOnceAsync(Ct);
        var again = await drainer.DrainOnceAsync(Ct);

        Assert.Equal((1, 0), (first, again));
        var (to, content) = Assert.Single(transport.Sent);
        Assert.Equal("reader@example.com", to);
        Assert.DoesNotContain(content, c => c > 127);
        using var parsed = MimeMessage.Load(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(content)), Ct);
        Assert.Contains(await TokenAsync(host, "reader@example.com"), parsed.TextBody, StringComparison.Ordinal);
        var message = await host.WithAsync<SeoulMonitorDbContext, OutboxMessage>(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(Ct));
        Assert.Equal(host.Time.GetUtcNow(), message.SentAt);
    }

    [Fact]
    public async Task Drain_TemporaryThenPermanentRefusal_RetriedAfterBackoffThenGivenUp()
    {
        var transport = new RecordingMailTransport();
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, services: s => s.AddSingleton<IMailConnectionFactory>(transport));
        await host.WithAsync<Core.Audiences.Lists.ListCatalogSeeder, Core.Audiences.Lists.ListSeedResult>(s => s.SeedAsync(Ct));
        await SubscribeAsync(host, "busy@example.com", "seoul-sibo");
        var drainer = host.Services.GetRequiredService<OutboxDrainer>();
        transport.Answer = _ => new SendResult(SendOutcomeKind.TemporaryFailure, 451, "4.3.0 try later");

        var deferred = await drainer.DrainOnceAsync(Ct);
        var tooEarly = await drainer.DrainOnceAsync(Ct);
        host.Time.Advance(OutboxLimits.FirstRetryDelay);
        transport.Answer = _ => new SendResult(SendOutcomeKind.PermanentFailure, 550, "5.1.1 no such user");
        var refused = await drainer.DrainOnceAsync(Ct);
        host.Time.Advance(TimeSpan.FromDays(1));
        transport.Answer = _ => new SendResult(SendOutcomeKind.Accepted, 250, "OK");
        var afterGivingUp = await drainer.DrainOnceAsync(Ct);

        Assert.Equal((0, 0, 0, 0), (deferred, tooEarly, refused, afterGivingUp));
        Assert.Empty(transport.Sent);
        var message = await host.WithAsync<SeoulMonitorDbContext, OutboxMessage>(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(Ct));
        Assert.Equal((null, OutboxLimits.MaxAttempts), (message.SentAt, message.Attempts));
        Assert.StartsWith("PermanentFailure", message.LastError, StringComparison.Ordinal);
    }
}
