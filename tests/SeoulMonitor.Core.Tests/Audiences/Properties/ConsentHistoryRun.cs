using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Resolution;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Subscriptions;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Mailing;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.SubscriptionKit;

namespace SeoulMonitor.Core.Tests.Audiences.Properties;

/// <summary>Plays one generated history through the real services and checks every audience and every send-time answer after each step.</summary>
internal sealed class ConsentHistoryRun(CoreTestHost host)
{
    private static readonly Actor Staff = Actor.Staff("property-test");
    private readonly ConsentModel _model = new();
    private readonly List<string> _done = [];

    public async Task PlayAsync(IEnumerable<ConsentStep> steps)
    {
        foreach (var step in steps)
        {
            await ApplyAsync(step);
            _done.Add(step.ToString());
            await CheckAsync();
        }
    }

    private async Task ApplyAsync(ConsentStep step)
    {
        var now = host.Time.GetUtcNow();
        switch (step.Action)
        {
            case 0 or 1:
                await SubscribeAsync(host, step.PersonAddress, step.ListKey);
                break;
            case 2 or 3:
                await ConfirmNewestAsync(step.PersonAddress, now);
                break;
            case 4:
                await WithdrawAsync(step.PersonAddress, step.ListKey, now);
                break;
            case 5:
                var added = await host.WithAsync<SuppressionService, Result<SuppressionView>>(s =>
                    s.AddAsync(Staff, DeliveryChannel.Email, step.PersonAddress, null, SuppressionReason.Staff, "property test", Ct));
                Assert.True(added.IsSuccess, Trail($"suppressing failed: {added.Error?.Code}"));
                _model.Suppressed(step.PersonAddress);
                break;
            case 6:
                host.Time.Advance(step.Clock);
                break;
            default:
                await host.WithAsync<ConsentMaintenanceService, MaintenanceRun>(s => s.RunAsync(Actor.System, Ct));
                break;
        }
    }

    private async Task ConfirmNewestAsync(string person, DateTimeOffset now)
    {
        var token = await host.WithAsync<SeoulMonitorDbContext, string?>(async db =>
            (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To == person).ToListAsync(Ct)).MaxBy(m => m.Id)?.TextBody);
        if (token is null || !token.Contains("confirm?token=", StringComparison.Ordinal))
        {
            return;
        }

        var confirmed = await ConfirmAsync(host, await TokenAsync(host, person));
        if (!confirmed.IsSuccess)
        {
            return;
        }

        foreach (var consent in confirmed.Value.Consents.Where(c => c.State == ConsentState.Active && c.LastAffirmedAt == now))
        {
            _model.Affirmed(person, consent.List, now);
        }
    }

    private async Task WithdrawAsync(string person, string list, DateTimeOffset now)
    {
        var rows = await host.WithAsync<SeoulMonitorDbContext, List<(Guid PublicId, long ConsentId)>>(async db =>
            (await (from c in db.Set<Consent>()
                    join s in db.Set<Subscriber>() on c.SubscriberId equals s.Id
                    join l in db.Set<MailingList>() on c.ListId equals l.Id
                    where s.Email == person && l.Key == list && c.Channel == DeliveryChannel.Email
                    select new { s.PublicId, ConsentId = c.Id }).ToListAsync(Ct)).Select(r => (r.PublicId, r.ConsentId)).ToList());
        if (rows is not [var found])
        {
            return;
        }

        var withdrawn = await host.WithAsync<SubscriptionService, Result<ConsentView>>(s =>
            s.WithdrawByStaffAsync(Staff, found.PublicId, found.ConsentId, "asked by phone", Ct));
        if (withdrawn.IsSuccess)
        {
            _model.Withdrawn(person, list);
        }
        else
        {
            Assert.False(_model.IsValid(person, list, now), Trail($"a valid consent could not be withdrawn: {withdrawn.Error?.Code}"));
        }
    }

    private async Task CheckAsync()
    {
        var now = host.Time.GetUtcNow();
        var resolver = host.Services.GetRequiredService<AudienceResolver>();
        foreach (var list in ConsentModel.Lists)
        {
            await foreach (var member in resolver.ReadAsync("list:" + list, Ct))
            {
                Assert.True(_model.IsValid(member.Address, list, now), Trail($"the audience of {list} admitted {member.Address} at {now:O}"));
            }
        }

        var gate = new SubscriberSendTimeGate(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Time, new AllowAllGate());
        var consents = await host.WithAsync<SeoulMonitorDbContext, List<(Guid PublicId, string Email, long Id, string List)>>(async db =>
            (await (from c in db.Set<Consent>()
                   join s in db.Set<Subscriber>() on c.SubscriberId equals s.Id
                   join l in db.Set<MailingList>() on c.ListId equals l.Id
                   where c.Channel == DeliveryChannel.Email && s.Email != null
                   select new { s.PublicId, Email = s.Email!, c.Id, l.Key }).ToListAsync(Ct)).Select(r => (r.PublicId, r.Email, r.Id, r.Key)).ToList());
        foreach (var (publicId, email, id, list) in consents)
        {
            var request = new GateRequest(Guid.Empty, DeliveryChannel.Email, SubscriberRecipientSource.RecipientId(publicId), email,
                id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var decision = await gate.CheckAsync(request, Ct);
            Assert.False(decision.Allowed && !_model.IsValid(email, list, now), Trail($"the send-time gate allowed {email} on {list} at {now:O}"));
        }
    }

    private string Trail(string failure) => $"{failure}; after: {string.Join(", ", _done)}";
}
