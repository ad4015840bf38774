using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>
/// Seeds the lists catalogue (idempotent, run at start): the newsletters of <see cref="NewsletterCatalog"/> and one
/// disaster-prevention list per fire station of the region catalogue (districts with a fire station that exist today),
/// keyed <c>fire-{province}-{district-en-lower}</c> (e.g. <c>fire-11-jongno-gu</c>), each covering its district, with
/// the informational regime. Every list gets a first notice version (<see cref="ListNoticeTexts"/>). Lists already
/// there are left as they are (staff may have renamed, closed or re-noticed them).
/// </summary>
public sealed class ListCatalogSeeder
{
    private readonly SeoulMonitorDbContext _db;
    private readonly RegionCatalog _regions;
    private readonly TimeProvider _time;

    internal ListCatalogSeeder(SeoulMonitorDbContext db, RegionCatalog regions, TimeProvider time)
    {
        _db = db;
        _regions = regions;
        _time = time;
    }

    /// <summary>The key of a fire station's list.</summary>
    public static string FireListKey(District district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return $"fire-{district.ProvinceCode}-{district.NameEn.ToLowerInvariant().Replace(' ', '-')}";
    }

    /// <summary>Adds the missing lists and first notices in one transaction.</summary>
    public async Task<ListSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var wanted = Wanted(now).ToList();
        try
        {
            var result = await _db.ExecuteAsync<ListSeedResult>(async ct =>
            {
                var keys = await _db.Set<MailingList>().Select(l => l.Key).ToListAsync(ct).ConfigureAwait(false);
                var existing = keys.ToHashSet(StringComparer.Ordinal);
                var lists = 0;
                foreach (var list in wanted.Where(l => !existing.Contains(l.Key)))
                {
                    _db.Set<MailingList>().Add(list);
                    var notice = ListNotices.Create(list.Id, 1, ListNoticeTexts.For(list.NameKo, list.Kind, list.Regime), now);
                    _db.Set<ListConsentNotice>().Add(notice.Value);
                    lists++;
                }

                return new ListSeedResult(lists, lists);
            }, cancellationToken).ConfigureAwait(false);
            return result.Value;
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            // Another node seeded at the same time: its catalogue is the same.
            return new ListSeedResult(0, 0);
        }
    }

    private IEnumerable<MailingList> Wanted(DateTimeOffset now)
    {
        foreach (var n in NewsletterCatalog.Entries)
        {
            yield return new MailingList
            {
                Id = Guid.CreateVersion7(now), Key = n.Key, NameKo = n.NameKo, NameEn = n.NameEn,
                Kind = ListKind.Newsletter, Regime = n.Regime, CreatedAt = now,
            };
        }

        var today = SeoulCalendar.DateAt(now);
        foreach (var d in _regions.Districts.Where(d => d.FireStationKo is not null && d.IsValidOn(today)))
        {
            yield return new MailingList
            {
                Id = Guid.CreateVersion7(now),
                Key = FireListKey(d),
                NameKo = $"{d.FireStationKo} 재난 예방 안내({d.NameKo})",
                NameEn = $"{d.NameEn} fire station disaster-prevention notices",
                Kind = ListKind.DisasterNotice,
                Regime = ConsentRegime.Informational,
                ProvinceCode = d.ProvinceCode,
                District = d.NameKo,
                FireStation = d.FireStationKo,
                CreatedAt = now,
            };
        }
    }
}
