using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Subscriptions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Tests.Audiences;

internal static partial class SubscriptionKit
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly ConsentEvidence Web = new("203.0.113.9", "Mozilla/5.0 (test)");

    public static async Task<CoreTestHost> SeededAsync(StorageProvider provider, DateTimeOffset? start = null)
    {
        var host = await CoreTestHost.CreateAsync(provider, start: start);
        await host.WithAsync<ListCatalogSeeder, ListSeedResult>(s => s.SeedAsync(Ct));
        return host;
    }

    public static Task<Guid> NoticeAsync(CoreTestHost host, string key) =>
        host.WithAsync<MailingListService, Guid>(async s => (await s.GetAsync(key, Ct)).Value.Notice!.Id);

    public static async Task<Result<SubscriptionReceipt>> SubscribeAsync(
        CoreTestHost host, string email, params string[] keys)
    {
        var choices = new List<ListChoice>();
        foreach (var key in keys)
        {
            choices.Add(new ListChoice(key, DeliveryChannel.Email, await NoticeAsync(host, key)));
        }

        return await host.WithAsync<SubscriptionService, Result<SubscriptionReceipt>>(s =>
            s.SubscribeAsync(new SubscribeRequest(email, null, null, null, null, choices), Web, Ct));
    }

    /// <summary>The confirmation token of the newest outbox message to <paramref name="to"/>.</summary>
    public static Task<string> TokenAsync(CoreTestHost host, string to) =>
        host.WithAsync<SeoulMonitorDbContext, string>(async db =>
        {
            var messages = await db.Set<OutboxMessage>().Where(m => m.To == to).ToListAsync(Ct);
            return ConfirmLink().Match(messages.MaxBy(m => m.Id)!.TextBody).Groups[1].Value;
        });

    public static Task<Result<ConfirmationResult>> ConfirmAsync(CoreTestHost host, string? token) =>
        host.WithAsync<SubscriptionService, Result<ConfirmationResult>>(s => s.ConfirmAsync(token, Web, Ct));

    public static Task<List<Consent>> ConsentsAsync(CoreTestHost host) =>
        host.WithAsync<SeoulMonitorDbContext, List<Consent>>(db => db.Set<Consent>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(Ct));

    public static Task<List<ConsentEvent>> EventsAsync(CoreTestHost host) =>
        host.WithAsync<SeoulMonitorDbContext, List<ConsentEvent>>(db => db.Set<ConsentEvent>().AsNoTracking().OrderBy(e => e.Id).ToListAsync(Ct));

    [GeneratedRegex(@"confirm\?token=([A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmLink();
}
