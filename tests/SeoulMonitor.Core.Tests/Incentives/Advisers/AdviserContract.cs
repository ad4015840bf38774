using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Incentives.Advisers.AdviserArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Advisers;

/// <summary>The adviser pool, on each provider.</summary>
public abstract class AdviserContract(StorageProvider provider)
{
    [Fact]
    public async Task AddUpdateDeactivate_AreEachAuditedOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var added = (await host.AdvisersAsync((s, ct) => s.AddAsync(new(" 박복지 ", "복지", null, "Park@Welfare.Seoul.KR"), Staff, ct))).Value;
        var updated = (await host.AdvisersAsync((s, ct) => s.UpdateAsync(added.Id, new("박복지", "사회복지", "서울복지재단", null), Staff, ct))).Value;
        var deactivated = (await host.AdvisersAsync((s, ct) => s.DeactivateAsync(added.Id, Staff, ct))).Value;
        var again = await host.AdvisersAsync((s, ct) => s.DeactivateAsync(added.Id, Staff, ct));

        Assert.Equal(("박복지", "Park@welfare.seoul.kr", true), (added.Name, added.Email, added.IsActive));
        Assert.Equal(("사회복지", "서울복지재단", null), (updated.Field, updated.Affiliation, updated.Email));
        Assert.Equal((false, "Inactive", "비활성"), (deactivated.IsActive, deactivated.StateName, deactivated.StateNameKo));
        Assert.Equal("adviser.already_inactive", again.Error?.Code);
        Assert.Equal(3, await host.AuditCountAsync(AdviserService.Entity, added.Id));
    }

    [Theory]
    [InlineData("", "도시계획", null, "adviser.name.invalid")]
    [InlineData("김\u0001도시", "도시계획", null, "adviser.name.invalid")]
    [InlineData("김도시", " ", null, "adviser.field.invalid")]
    [InlineData("김도시", "도시계획", "not-an-address", "adviser.email.invalid")]
    [InlineData("김도시", "도시계획", "a@b", "adviser.email.invalid")]
    public async Task Add_BadDetails_IsRefusedAndWritesNothing(string name, string field, string? email, string code)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var added = await host.AdvisersAsync((s, ct) => s.AddAsync(new(name, field, null, email), Staff, ct));

        Assert.Equal(code, added.Error?.Code);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<Adviser>().CountAsync(Ct)));
        Assert.Equal(0, await host.AuditCountAsync());
    }

    [Fact]
    public async Task Add_NameAtItsLimit_IsAcceptedAndOneLongerRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var atLimit = await host.AdvisersAsync((s, ct) => s.AddAsync(new(new string('가', AdviserLimits.NameMaxLength), "교통", null, null), Staff, ct));
        var over = await host.AdvisersAsync((s, ct) => s.AddAsync(new(new string('가', AdviserLimits.NameMaxLength + 1), "교통", null, null), Staff, ct));

        Assert.True(atLimit.IsSuccess);
        Assert.Equal("adviser.name.invalid", over.Error?.Code);
    }

    [Fact]
    public async Task List_ByStaffWithAPurpose_IsAccessLoggedWithItsCount()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.AdviserAsync();
        var inactive = await host.AdviserAsync();
        await host.AdvisersAsync((s, ct) => s.DeactivateAsync(inactive, Staff, ct));

        var active = await host.AdvisersAsync((s, ct) => s.ListAsync(Staff, "자문 위원 섭외", cancellationToken: ct));
        var all = await host.AdvisersAsync((s, ct) => s.ListAsync(Staff, "자문 위원 섭외", includeInactive: true, cancellationToken: ct));
        var one = await host.AdvisersAsync((s, ct) => s.GetAsync(inactive, Staff, "연락처 확인", cancellationToken: ct));

        Assert.Equal((1, 2, "김도시"), (active.Value.Count, all.Value.Count, one.Value.Name));
        var log = await host.QueryAsync(db => db.Set<PersonalDataAccess>().AsNoTracking().Where(a => a.SubjectType == AdviserService.Entity).ToListAsync(Ct));
        Assert.Equal(3, log.Count);
        Assert.Equal([1, 1, 2], log.Select(a => a.RecordCount).Order());
    }

    [Fact]
    public async Task ReadsAndChanges_WithoutAPurposeOrByOthers_AreRefusedAndNothingIsLoggedOrWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var id = await host.AdviserAsync();
        var audits = await host.AuditCountAsync();

        var noPurpose = await host.AdvisersAsync((s, ct) => s.ListAsync(Staff, " ", cancellationToken: ct));
        var monitor = await host.AdvisersAsync((s, ct) => s.ListAsync(Actor.Monitor(Guid.NewGuid()), "목적", cancellationToken: ct));
        var department = await host.AdvisersAsync((s, ct) => s.GetAsync(id, new Actor(ActorKind.Department, "도시교통실"), "목적", cancellationToken: ct));
        var add = await host.AdvisersAsync((s, ct) => s.AddAsync(Kim, Actor.Monitor(Guid.NewGuid()), ct));
        var deactivate = await host.AdvisersAsync((s, ct) => s.DeactivateAsync(id, new Actor(ActorKind.Department, "도시교통실"), ct));

        Assert.Equal(("access.purpose_required", "adviser.forbidden", "adviser.forbidden"), (noPurpose.Error?.Code, monitor.Error?.Code, department.Error?.Code));
        Assert.Equal(("adviser.forbidden", "adviser.forbidden"), (add.Error?.Code, deactivate.Error?.Code));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<PersonalDataAccess>().CountAsync(Ct)));
        Assert.Equal(audits, await host.AuditCountAsync());
        Assert.Equal(1, await host.QueryAsync(db => db.Set<Adviser>().CountAsync(a => a.IsActive, Ct)));
    }
}

public sealed class AdviserSqliteTests() : AdviserContract(StorageProvider.Sqlite);

public sealed class AdviserPostgresTests() : AdviserContract(StorageProvider.PostgreSql);
