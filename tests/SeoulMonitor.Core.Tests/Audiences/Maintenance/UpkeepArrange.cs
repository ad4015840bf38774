using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Tests.Audiences.Maintenance;

/// <summary>Writes audiences rows directly (lists, notices, subscribers, consents) for the upkeep and request tests.</summary>
internal static class UpkeepArrange
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<(Guid ListId, Guid NoticeId)> AddListAsync(this CoreTestHost host, ConsentRegime regime, string key = "seoul-sibo")
    {
        var now = host.Time.GetUtcNow();
        var list = new MailingList { Id = Guid.NewGuid(), Key = key, NameKo = "서울시보 " + key, NameEn = "Seoul Bulletin " + key, Kind = ListKind.Newsletter, Regime = regime, CreatedAt = now };
        var notice = new ListConsentNotice
        {
            Id = Guid.NewGuid(), ListId = list.Id, Version = 1, Purpose = "뉴스레터 발송", Items = "이메일", Retention = "2년",
            RightToRefuse = "거부할 수 있습니다", Consequence = "뉴스레터를 받지 못합니다", PublishedAt = now,
        };
        await host.QueryAsync(async db =>
        {
            db.AddRange(list, notice);
            return await db.SaveChangesAsync(Ct);
        });
        return (list.Id, notice.Id);
    }

    public static async Task<Subscriber> AddSubscriberAsync(this CoreTestHost host, string? email, string? mobile = null)
    {
        var now = host.Time.GetUtcNow();
        var subscriber = new Subscriber
        {
            PublicId = Guid.NewGuid(), Email = email, Mobile = mobile, ProvinceCode = "11", District = "종로구",
            CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            Attributes = [new SubscriberTrait { Name = "interest", Value = "culture" }],
        };
        await host.QueryAsync(async db =>
        {
            db.Add(subscriber);
            return await db.SaveChangesAsync(Ct);
        });
        return subscriber;
    }

    /// <summary>An Active consent affirmed now (with its policy-customer renewal date when <paramref name="policyCustomer"/>).</summary>
    public static Task<long> AddActiveConsentAsync(
        this CoreTestHost host, long subscriberId, (Guid ListId, Guid NoticeId) list, bool policyCustomer, DeliveryChannel channel = DeliveryChannel.Email)
    {
        var now = host.Time.GetUtcNow();
        return host.AddConsentAsync(subscriberId, list, ConsentState.Active, channel, c =>
        {
            c.ConfirmedAt = now;
            c.LastAffirmedAt = now;
            c.RenewalDueAt = policyCustomer ? RenewalCalendar.PolicyCustomerDueAt(now) : null;
        });
    }

    public static async Task<long> AddConsentAsync(
        this CoreTestHost host, long subscriberId, (Guid ListId, Guid NoticeId) list, ConsentState state, DeliveryChannel channel, Action<Consent>? shape = null)
    {
        var now = host.Time.GetUtcNow();
        var consent = new Consent
        {
            SubscriberId = subscriberId, ListId = list.ListId, Channel = channel, State = state, NoticeId = list.NoticeId,
            Source = ConsentSource.WebForm, GivenAt = now, EvidenceIp = "203.0.113.9", EvidenceUserAgent = "Mozilla/5.0 (test)", Version = Guid.NewGuid(),
        };
        shape?.Invoke(consent);
        await host.QueryAsync(async db =>
        {
            db.Add(consent);
            await db.SaveChangesAsync(Ct);
            db.Add(new ConsentEvent
            {
                ConsentId = consent.Id, SubscriberId = subscriberId, ListId = list.ListId, Channel = channel,
                Kind = state == ConsentState.Pending ? ConsentEventKind.Given : ConsentEventKind.Confirmed, At = now, Actor = "subscriber",
                NoticeId = list.NoticeId, Ip = consent.EvidenceIp, UserAgent = consent.EvidenceUserAgent,
            });
            return await db.SaveChangesAsync(Ct);
        });
        return consent.Id;
    }

    public static Task<Consent> ConsentAsync(this CoreTestHost host, long id) =>
        host.QueryAsync(db => db.Set<Consent>().AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    public static Task<List<ConsentEvent>> EventsAsync(this CoreTestHost host, long consentId) =>
        host.QueryAsync(db => db.Set<ConsentEvent>().AsNoTracking().Where(e => e.ConsentId == consentId).OrderBy(e => e.Id).ToListAsync(Ct));

    public static Task<List<OutboxMessage>> NoticesAsync(this CoreTestHost host) =>
        host.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(n => n.Id).ToListAsync(Ct));

    public static Task<bool> SubscriberExistsAsync(this CoreTestHost host, long id) =>
        host.QueryAsync(db => db.Set<Subscriber>().AnyAsync(s => s.Id == id, Ct));

    public static Task<MaintenanceRun> RunMaintenanceAsync(this CoreTestHost host) =>
        host.RunAsync<ConsentMaintenanceService, MaintenanceRun>((s, ct) => s.RunAsync(Actor.System, ct));

    /// <summary>Advances the fake clock by whole days, running the daily job after each day when <paramref name="daily"/>.</summary>
    public static async Task AdvanceDaysAsync(this CoreTestHost host, int days, bool daily = true)
    {
        for (var i = 0; i < days; i++)
        {
            host.Time.Advance(TimeSpan.FromDays(1));
            if (daily)
            {
                await host.RunMaintenanceAsync();
            }
        }
    }

    /// <summary>Every string value of every table of the model that contains <paramref name="needle"/> ("table.column").</summary>
    public static async Task<List<string>> ScanAllTablesAsync(this CoreTestHost host, string needle)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        var hits = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) is { } text &&
                        text.Contains(needle, StringComparison.OrdinalIgnoreCase))
                    {
                        hits.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return hits;
    }
}
