using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>Reading and checking list consent notices.</summary>
internal static class ListNotices
{
    /// <summary>The current (highest) version of each list named.</summary>
    public static async Task<Dictionary<Guid, ListConsentNotice>> CurrentAsync(SeoulMonitorDbContext db, IReadOnlyCollection<Guid> listIds, CancellationToken cancellationToken)
    {
        var notices = await db.Set<ListConsentNotice>().AsNoTracking().Where(n => listIds.Contains(n.ListId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return notices.GroupBy(n => n.ListId).ToDictionary(g => g.Key, g => g.MaxBy(n => n.Version)!);
    }

    /// <summary>A validated notice version for <paramref name="listId"/>.</summary>
    public static Result<ListConsentNotice> Create(Guid listId, int version, ListNoticeDraft? draft, DateTimeOffset now)
    {
        if (draft is null)
        {
            return ListErrors.NoticeRequired;
        }

        var error = Check(draft.Purpose, "notice.purpose", "The purpose", "수집·이용 목적")
            ?? Check(draft.Items, "notice.items", "The items collected", "수집 항목")
            ?? Check(draft.Retention, "notice.retention", "The retention period", "보유·이용 기간")
            ?? Check(draft.RightToRefuse, "notice.right_to_refuse", "The right to refuse", "동의를 거부할 권리")
            ?? Check(draft.Consequence, "notice.consequence", "The consequence of refusing", "거부 시 불이익");
        if (error is not null)
        {
            return error;
        }

        return new ListConsentNotice
        {
            Id = Guid.CreateVersion7(now),
            ListId = listId,
            Version = version,
            Purpose = draft.Purpose!.Trim(),
            Items = draft.Items!.Trim(),
            Retention = draft.Retention!.Trim(),
            RightToRefuse = draft.RightToRefuse!.Trim(),
            Consequence = draft.Consequence!.Trim(),
            PublishedAt = now,
        };
    }

    private static DomainError? Check(string? value, string field, string en, string ko) =>
        string.IsNullOrWhiteSpace(value) ? ListErrors.Required(field, en, ko)
        : value.Trim().Length > AudienceLimits.NoticeTextMaxLength ? ListErrors.TooLong(field, AudienceLimits.NoticeTextMaxLength, en, ko)
        : null;
}
