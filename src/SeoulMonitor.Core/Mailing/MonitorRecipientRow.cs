using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Mailing;

/// <summary>What a campaign needs of one active monitor, and the query that reads a page of them.</summary>
internal sealed record MonitorRecipientRow(Guid Id, string Name, string Email, string District, Guid? ConsentNoticeId)
{
    /// <summary>
    /// Up to <paramref name="take"/> active monitors of <paramref name="key"/> with an e-mail address, in id order,
    /// after <paramref name="after"/> (keyset) or only <paramref name="only"/>.
    /// </summary>
    public static async Task<List<MonitorRecipientRow>> ReadAsync(
        SeoulMonitorDbContext db, AudienceKey key, Guid? after, Guid? only, int take, CancellationToken cancellationToken)
    {
        var members = db.Set<Membership>().AsNoTracking().Where(m => m.State == MembershipState.Active && m.Email != "");
        if (key.ProvinceCode is { } province)
        {
            members = members.Where(m => m.ProvinceCode == province);
        }

        if (key.District is { } district)
        {
            members = members.Where(m => m.District == district);
        }

        if (after is { } last)
        {
            members = members.Where(m => m.Id.CompareTo(last) > 0);
        }

        if (only is { } id)
        {
            members = members.Where(m => m.Id == id);
        }

        var rows = await (
            from m in members
            join a in db.Set<MonitorApplication>() on m.ApplicationId equals a.Id into applications
            from a in applications.DefaultIfEmpty()
            orderby m.Id
            select new { m.Id, m.Name, m.Email, m.District, ConsentNoticeId = a == null ? (Guid?)null : a.ConsentNoticeId })
            .Take(take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(r => new MonitorRecipientRow(r.Id, r.Name, r.Email, r.District, r.ConsentNoticeId));
    }

    public Recipient ToRecipient() => new(
        Id.ToString("D"),
        Email,
        new Dictionary<string, string>(2, StringComparer.Ordinal) { ["name"] = Name, ["district"] = District },
        ConsentNoticeId?.ToString("D"));
}
