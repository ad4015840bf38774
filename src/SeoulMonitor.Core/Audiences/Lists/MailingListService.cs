using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>
/// The lists catalogue: citizens read the open lists with their current notice; staff create department lists, open
/// and close lists, and publish new notice versions (versions are immutable; each staff change writes one audit record).
/// </summary>
public sealed partial class MailingListService
{
    /// <summary>The entity name in audit records.</summary>
    public const string Entity = "mailing_list";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;

    internal MailingListService(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time)
    {
        _db = db;
        _audit = audit;
        _time = time;
    }

    /// <summary>The lists (open ones only unless <paramref name="includeClosed"/>), by kind and key, each with its current notice.</summary>
    public async Task<IReadOnlyList<MailingListView>> ListAsync(bool includeClosed = false, CancellationToken cancellationToken = default)
    {
        var lists = await _db.Set<MailingList>().AsNoTracking().Where(l => includeClosed || l.IsOpen).ToListAsync(cancellationToken).ConfigureAwait(false);
        var notices = await ListNotices.CurrentAsync(_db, lists.ConvertAll(l => l.Id), cancellationToken).ConfigureAwait(false);
        return lists.OrderBy(l => l.Kind).ThenBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => MailingListView.From(l, notices.TryGetValue(l.Id, out var n) ? ListNoticeView.From(n) : null))
            .ToList();
    }

    /// <summary>One list by key, with its current notice.</summary>
    public async Task<Result<MailingListView>> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var list = await FindAsync(key, tracked: false, cancellationToken).ConfigureAwait(false);
        return list is null ? ListErrors.NotFound : await ViewAsync(list, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every notice version of a list, newest first.</summary>
    public async Task<Result<IReadOnlyList<ListNoticeView>>> NoticesAsync(string key, CancellationToken cancellationToken = default)
    {
        var list = await FindAsync(key, tracked: false, cancellationToken).ConfigureAwait(false);
        if (list is null)
        {
            return ListErrors.NotFound;
        }

        var notices = await _db.Set<ListConsentNotice>().AsNoTracking().Where(n => n.ListId == list.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return notices.OrderByDescending(n => n.Version).Select(ListNoticeView.From).ToList();
    }

    /// <summary>Creates a department's list with its first notice version.</summary>
    public async Task<Result<MailingListView>> CreateDepartmentListAsync(Actor actor, DepartmentListDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        var key = draft.Key?.Trim() ?? "";
        if (!KeyPattern().IsMatch(key))
        {
            return ListErrors.KeyInvalid;
        }

        var invalid = Text(draft.NameKo, "name_ko", "The Korean name", "한국어 이름", AudienceLimits.NameMaxLength)
            ?? Text(draft.NameEn, "name_en", "The English name", "영어 이름", AudienceLimits.NameMaxLength)
            ?? Text(draft.Department, "department", "The department", "부서", AudienceLimits.DepartmentMaxLength);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = _time.GetUtcNow();
        var list = new MailingList
        {
            Id = Guid.CreateVersion7(now),
            Key = key,
            NameKo = draft.NameKo!.Trim(),
            NameEn = draft.NameEn!.Trim(),
            Kind = ListKind.Department,
            Regime = draft.Regime ?? ConsentRegime.PolicyCustomer,
            Department = draft.Department!.Trim(),
            CreatedAt = now,
        };
        var notice = ListNotices.Create(list.Id, 1, draft.Notice, now);
        if (!notice.IsSuccess)
        {
            return notice.Error;
        }

        try
        {
            return await _db.ExecuteAsync<MailingListView>(async ct =>
            {
                if (await _db.Set<MailingList>().AnyAsync(l => l.Key == key, ct).ConfigureAwait(false))
                {
                    return ListErrors.KeyTaken;
                }

                _db.Set<MailingList>().Add(list);
                _db.Set<ListConsentNotice>().Add(notice.Value);
                await _audit.RecordAsync(actor, Entity, key, "Create", null, "Open", null, ct).ConfigureAwait(false);
                return MailingListView.From(list, ListNoticeView.From(notice.Value));
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            return ListErrors.KeyTaken;
        }
    }

    /// <summary>Opens a closed list to new subscriptions.</summary>
    public Task<Result<MailingListView>> OpenAsync(Actor actor, string key, CancellationToken cancellationToken = default) =>
        SetOpenAsync(actor, key, open: true, cancellationToken);

    /// <summary>Closes a list to new subscriptions (its consents stay).</summary>
    public Task<Result<MailingListView>> CloseAsync(Actor actor, string key, CancellationToken cancellationToken = default) =>
        SetOpenAsync(actor, key, open: false, cancellationToken);

    /// <summary>Publishes the next notice version of a list (earlier versions stay as they were: consents record the one seen).</summary>
    public async Task<Result<ListNoticeView>> PublishNoticeAsync(Actor actor, string key, ListNoticeDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        try
        {
            return await _db.ExecuteAsync<ListNoticeView>(async ct =>
            {
                var list = await FindAsync(key, tracked: false, ct).ConfigureAwait(false);
                if (list is null)
                {
                    return ListErrors.NotFound;
                }

                var last = await _db.Set<ListConsentNotice>().Where(n => n.ListId == list.Id).MaxAsync(n => (int?)n.Version, ct).ConfigureAwait(false) ?? 0;
                var notice = ListNotices.Create(list.Id, last + 1, draft, _time.GetUtcNow());
                if (!notice.IsSuccess)
                {
                    return notice.Error;
                }

                _db.Set<ListConsentNotice>().Add(notice.Value);
                await _audit.RecordAsync(actor, Entity, list.Key, "PublishNotice", null, $"v{notice.Value.Version}", null, ct).ConfigureAwait(false);
                return ListNoticeView.From(notice.Value);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            return DomainError.Conflict("list.notice.concurrent", "Another notice version was published at the same time; retry.", "다른 안내 버전이 동시에 게시되었습니다. 다시 시도하세요.");
        }
    }

    private async Task<Result<MailingListView>> SetOpenAsync(Actor actor, string key, bool open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = await _db.ExecuteAsync<MailingList>(async ct =>
        {
            var list = await FindAsync(key, tracked: true, ct).ConfigureAwait(false);
            if (list is null)
            {
                return ListErrors.NotFound;
            }

            if (list.IsOpen == open)
            {
                return open ? ListErrors.AlreadyOpen : ListErrors.AlreadyClosed;
            }

            list.IsOpen = open;
            await _audit.RecordAsync(actor, Entity, list.Key, open ? "Open" : "Close", open ? "Closed" : "Open", open ? "Open" : "Closed", null, ct).ConfigureAwait(false);
            return list;
        }, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? await ViewAsync(result.Value, cancellationToken).ConfigureAwait(false) : result.Error;
    }

    private async Task<MailingListView> ViewAsync(MailingList list, CancellationToken cancellationToken)
    {
        var notices = await ListNotices.CurrentAsync(_db, [list.Id], cancellationToken).ConfigureAwait(false);
        return MailingListView.From(list, notices.TryGetValue(list.Id, out var n) ? ListNoticeView.From(n) : null);
    }

    private Task<MailingList?> FindAsync(string? key, bool tracked, CancellationToken cancellationToken)
    {
        var k = key?.Trim() ?? "";
        if (k.Length is 0 or > AudienceLimits.ListKeyMaxLength)
        {
            return Task.FromResult<MailingList?>(null);
        }

        var set = tracked ? _db.Set<MailingList>() : _db.Set<MailingList>().AsNoTracking();
        return set.SingleOrDefaultAsync(l => l.Key == k, cancellationToken);
    }

    private static DomainError? Text(string? value, string field, string en, string ko, int max) =>
        string.IsNullOrWhiteSpace(value) ? ListErrors.Required(field, en, ko)
        : value.Trim().Length > max ? ListErrors.TooLong(field, max, en, ko)
        : null;

    [GeneratedRegex("^[a-z][a-z0-9-]{1,59}$")]
    private static partial Regex KeyPattern();
}
