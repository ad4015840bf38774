using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.AudienceArrange;

namespace SeoulMonitor.Core.Tests.Audiences;

public abstract class SuppressionServiceContract(StorageProvider provider)
{
    private static readonly Actor Staff = Actor.Staff("staff-kim");

    [Fact]
    public async Task AddAsync_AddressInAnyCase_NormalisedHashedIdempotentAndAudited()
    {
        await using var host = await HostAsync(provider);

        var first = await Add(host, DeliveryChannel.Email, " Kim@Example.COM ", null);
        var again = await Add(host, DeliveryChannel.Email, "kim@example.com", null);
        var sms = await Add(host, DeliveryChannel.Sms, "010-2345-6789", null);

        Assert.True(first.IsSuccess, first.Error?.Code);
        Assert.Equal(("kim@example.com", AddressHash.Of("kim@example.com")), (first.Value.Address, first.Value.AddressHash));
        Assert.Equal(first.Value.Id, again.Value.Id);
        Assert.Equal("01023456789", sms.Value.Address);
        Assert.True(await host.WithAsync<SuppressionService, bool>(s => s.IsSuppressedAsync(DeliveryChannel.Email, "KIM@example.com", Ct)));
        Assert.False(await host.WithAsync<SuppressionService, bool>(s => s.IsSuppressedAsync(DeliveryChannel.Sms, "kim@example.com", Ct)));
        Assert.Equal(2, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<AuditEntry>().CountAsync(e => e.EntityType == SuppressionService.Entity, Ct)));
    }

    [Theory]
    [InlineData(null, null, "suppression.address.required")]
    [InlineData("a@example.com", "ab", "suppression.address.required")]
    [InlineData(null, "xyz", "suppression.hash.invalid")]
    [InlineData("not-an-address", null, "subscriber.email.invalid")]
    public async Task AddAsync_BadInput_RefusedWithCodeAndNothingWritten(string? address, string? hash, string code)
    {
        await using var host = await HostAsync(provider);

        var result = await Add(host, DeliveryChannel.Email, address, hash);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(0, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<SuppressionEntry>().CountAsync(Ct)));
    }

    [Fact]
    public async Task AddAsync_BadMobileOrReasonOrNote_Refused()
    {
        await using var host = await HostAsync(provider);

        Assert.Equal("subscriber.mobile.invalid", (await Add(host, DeliveryChannel.Sms, "02-123-4567", null)).Error?.Code);
        Assert.Equal("suppression.reason.invalid", (await host.WithAsync<SuppressionService, Result<SuppressionView>>(s =>
            s.AddAsync(Staff, DeliveryChannel.Email, "a@example.com", null, (SuppressionReason)42, null, Ct))).Error?.Code);
        Assert.Equal("suppression.note.too_long", (await host.WithAsync<SuppressionService, Result<SuppressionView>>(s =>
            s.AddAsync(Staff, DeliveryChannel.Email, "a@example.com", null, SuppressionReason.Staff, new string('x', 501), Ct))).Error?.Code);
    }

    [Fact]
    public async Task AddHashesAsync_MixOfNewKnownAndOneBad_AllOrNothing()
    {
        await using var host = await HostAsync(provider);
        var known = AddressHash.Of("a@example.com");
        await Add(host, DeliveryChannel.Email, "a@example.com", null);
        var fresh = AddressHash.Of("b@example.com").ToUpperInvariant();

        var bad = await host.WithAsync<SuppressionService, Result<SuppressionBulkResult>>(s =>
            s.AddHashesAsync(Staff, DeliveryChannel.Email, [fresh, "zz"], SuppressionReason.Complaint, null, Ct));
        var good = await host.WithAsync<SuppressionService, Result<SuppressionBulkResult>>(s =>
            s.AddHashesAsync(Staff, DeliveryChannel.Email, [fresh, known, fresh], SuppressionReason.Complaint, null, Ct));
        var empty = await host.WithAsync<SuppressionService, Result<SuppressionBulkResult>>(s =>
            s.AddHashesAsync(Staff, DeliveryChannel.Email, [], SuppressionReason.Complaint, null, Ct));

        Assert.Equal(("suppression.hash.invalid", "hashes[1]"), (bad.Error?.Code, bad.Error?.Field));
        Assert.Equal(new SuppressionBulkResult(1, 1), good.Value);
        Assert.Equal("suppression.bulk.too_large", empty.Error?.Code);
        Assert.True(await host.WithAsync<SuppressionService, bool>(s => s.IsSuppressedAsync(DeliveryChannel.Email, "B@example.com", Ct)));
    }

    [Fact]
    public async Task ListAsync_SearchByAddressFindsHashOnlyEntryAndPagesByKeyset()
    {
        await using var host = await HostAsync(provider);
        for (var i = 0; i < 5; i++)
        {
            await Add(host, DeliveryChannel.Email, $"p{i}@example.com", null);
        }

        await Add(host, DeliveryChannel.Email, null, AddressHash.Of("hidden@example.com"));

        var page1 = (await host.WithAsync<SuppressionService, Result<SuppressionPage>>(s => s.ListAsync(DeliveryChannel.Email, null, null, 4, Ct))).Value;
        var page2 = (await host.WithAsync<SuppressionService, Result<SuppressionPage>>(s => s.ListAsync(DeliveryChannel.Email, null, page1.NextAfter, 4, Ct))).Value;
        var found = (await host.WithAsync<SuppressionService, Result<SuppressionPage>>(s => s.ListAsync(null, "Hidden@Example.com", null, null, Ct))).Value;
        var paging = await host.WithAsync<SuppressionService, Result<SuppressionPage>>(s => s.ListAsync(null, null, null, 201, Ct));

        Assert.Equal((4, 2, (long?)null), (page1.Items.Count, page2.Items.Count, page2.NextAfter));
        Assert.Null(Assert.Single(found.Items).Address);
        Assert.Equal("suppression.paging.invalid", paging.Error?.Code);
    }

    [Fact]
    public async Task RemoveAsync_ExistingOrUnknown_RemovedAndAuditedOrNotFound()
    {
        await using var host = await HostAsync(provider);
        var entry = (await Add(host, DeliveryChannel.Email, "a@example.com", null)).Value;

        var removed = await host.WithAsync<SuppressionService, Result<SuppressionView>>(s => s.RemoveAsync(Staff, entry.Id, "requested", Ct));
        var again = await host.WithAsync<SuppressionService, Result<SuppressionView>>(s => s.RemoveAsync(Staff, entry.Id, null, Ct));

        Assert.True(removed.IsSuccess);
        Assert.Equal("suppression.not_found", again.Error?.Code);
        Assert.False(await host.WithAsync<SuppressionService, bool>(s => s.IsSuppressedAsync(DeliveryChannel.Email, "a@example.com", Ct)));
        Assert.Equal(1, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<AuditEntry>().CountAsync(e => e.Event == "Lift", Ct)));
    }

    private static Task<Result<SuppressionView>> Add(CoreTestHost host, DeliveryChannel channel, string? address, string? hash) =>
        host.WithAsync<SuppressionService, Result<SuppressionView>>(s => s.AddAsync(Staff, channel, address, hash, SuppressionReason.Staff, "note", Ct));
}

public sealed class SuppressionServiceSqliteTests() : SuppressionServiceContract(StorageProvider.Sqlite);

public sealed class SuppressionServicePostgresTests() : SuppressionServiceContract(StorageProvider.PostgreSql);
