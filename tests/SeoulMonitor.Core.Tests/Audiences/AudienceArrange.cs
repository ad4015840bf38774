using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Resolution;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Tests.Audiences;

/// <summary>Writes lists, subscribers, consents and suppressions directly (other services own their lifecycles).</summary>
internal static class AudienceArrange
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A host with the mail engine connected and a small page size, so that paging crosses boundaries.</summary>
    public static Task<CoreTestHost> HostAsync(StorageProvider provider, int pageSize = 3) => CoreTestHost.CreateAsync(provider, services: services =>
    {
        services.Configure<AudienceResolutionOptions>(o => o.PageSize = pageSize);
        services.AddSeoulMonitorMailing(_ => { });
        services.AddSeoulMonitorCoreMailing();
    });

    public static async Task<MailingList> ListAsync(CoreTestHost host, string key, ConsentRegime regime = ConsentRegime.Informational)
    {
        var list = new MailingList
        {
            Id = Guid.NewGuid(), Key = key, NameKo = key, NameEn = key, Kind = ListKind.Newsletter, Regime = regime, CreatedAt = host.Time.GetUtcNow(),
        };
        await SaveAsync(host, list);
        return list;
    }

    public static async Task<Subscriber> SubscriberAsync(
        CoreTestHost host, int n, string? district = "종로구", bool email = true, bool mobile = true, params (string Name, string Value)[] traits)
    {
        var now = host.Time.GetUtcNow();
        var subscriber = new Subscriber
        {
            PublicId = Guid.NewGuid(),
            Email = email ? $"person{n}@example.com" : null,
            Mobile = mobile ? $"0102{n:D7}" : null,
            ProvinceCode = district is null ? null : "11",
            District = district,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
            Attributes = traits.Select(t => new SubscriberTrait { Name = t.Name, Value = t.Value }).ToList(),
        };
        await SaveAsync(host, subscriber);
        return subscriber;
    }

    public static async Task<Consent> ConsentAsync(
        CoreTestHost host, Subscriber subscriber, MailingList list, ConsentState state = ConsentState.Active,
        DeliveryChannel channel = DeliveryChannel.Email, DateTimeOffset? renewalDueAt = null)
    {
        var now = host.Time.GetUtcNow();
        var consent = new Consent
        {
            SubscriberId = subscriber.Id, ListId = list.Id, Channel = channel, State = state, NoticeId = Guid.NewGuid(),
            Source = ConsentSource.WebForm, GivenAt = now, LastAffirmedAt = now, RenewalDueAt = renewalDueAt, Version = Guid.NewGuid(),
        };
        await SaveAsync(host, consent);
        return consent;
    }

    public static Task<int> SuppressAsync(CoreTestHost host, DeliveryChannel channel, string address, bool hashOnly = false) => SaveAsync(host, new SuppressionEntry
    {
        Channel = channel, AddressHash = AddressHash.Of(address), Address = hashOnly ? null : address,
        Reason = SuppressionReason.Staff, CreatedAt = host.Time.GetUtcNow(), CreatedBy = "test",
    });

    public static Task UpdateAsync<T>(CoreTestHost host, T entity, Action<T> change)
        where T : class => host.WithAsync<SeoulMonitorDbContext, int>(db =>
        {
            db.Attach(entity);
            change(entity);
            return db.SaveChangesAsync(Ct);
        });

    public static async Task<List<AudienceMember>> ResolveAsync(CoreTestHost host, string key) =>
        await host.Services.GetRequiredService<AudienceResolver>().ReadAsync(key, Ct).ToListAsync(Ct);

    private static Task<int> SaveAsync(CoreTestHost host, object entity) => host.WithAsync<SeoulMonitorDbContext, int>(db =>
    {
        db.Add(entity);
        return db.SaveChangesAsync(Ct);
    });
}
