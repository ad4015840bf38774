using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitors;

public sealed partial class MembershipService
{
    /// <summary>One membership with the monitor's personal data (for staff: record the access first).</summary>
    public async Task<Result<MembershipView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var membership = await _db.Set<Membership>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        return membership is null ? MonitorErrors.MembershipNotFound : MembershipView.From(membership);
    }

    /// <summary>Memberships ordered by name, optionally in one state (its member name, e.g. <c>Active</c>).</summary>
    public Task<Result<IReadOnlyList<MembershipView>>> ListAsync(string? state, int? skip, int? take, CancellationToken cancellationToken = default)
    {
        var page = MonitorInput.Page(Entity, skip, take);
        return page.IsSuccess
            ? QueryAsync(state, page.Value.Skip, page.Value.Take, cancellationToken)
            : Task.FromResult<Result<IReadOnlyList<MembershipView>>>(page.Error);
    }

    /// <summary>Every membership (optionally in one state) for a download, at most <see cref="MonitorLimits.MaxExportRows"/>.</summary>
    public Task<Result<IReadOnlyList<MembershipView>>> ExportAsync(string? state, CancellationToken cancellationToken = default) =>
        QueryAsync(state, 0, MonitorLimits.MaxExportRows, cancellationToken);

    /// <summary>
    /// Changes the monitor's e-mail, mobile number and/or residence (province and district together), validated like an
    /// application. Not a lifecycle event: no audit record (staff changes are recorded in the access log by the caller).
    /// Refused for withdrawn or removed memberships, and when another person holds the new mobile number or e-mail.
    /// </summary>
    public async Task<Result<MembershipView>> UpdateContactAsync(Actor actor, Guid id, ContactChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        var now = _time.GetUtcNow();
        var result = await GuardAsync(() => _db.ExecuteAsync<MembershipView>(async ct =>
        {
            var membership = await _db.Set<Membership>().SingleOrDefaultAsync(m => m.Id == id, ct).ConfigureAwait(false);
            if (membership is null)
            {
                return MonitorErrors.MembershipNotFound;
            }

            if (MembershipLifecycle.IsTerminal(membership.State))
            {
                return MonitorErrors.MembershipClosed;
            }

            if (ApplyChange(membership, change, SeoulCalendar.DateAt(now)) is { } invalid)
            {
                return invalid;
            }

            var keys = PersonClaims.KeysOf(membership.Name, membership.BirthDate, membership.Email, membership.Mobile);
            if (await PersonClaims.HeldByOtherAsync(_db, keys, membership.ApplicationId, ct).ConfigureAwait(false))
            {
                return MonitorErrors.ContactInUse;
            }

            await PersonClaims.HoldAsync(_db, membership.ApplicationId, keys, ct).ConfigureAwait(false);
            membership.UpdatedAt = now;
            membership.Version = Guid.NewGuid();
            return MembershipView.From(membership);
        }, cancellationToken)).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return Refuse<MembershipView>("UpdateContact", result.Error);
        }

        _logger.ContactChanged(id, actor.ToString());
        return result;
    }

    private DomainError? ApplyChange(Membership membership, ContactChange change, DateOnly today)
    {
        if (change.Email is not null)
        {
            var email = MonitorInput.Email(Entity, change.Email);
            if (!email.IsSuccess)
            {
                return email.Error;
            }

            membership.Email = email.Value;
        }

        if (change.Mobile is not null)
        {
            var mobile = MonitorInput.Mobile(Entity, change.Mobile);
            if (!mobile.IsSuccess)
            {
                return mobile.Error;
            }

            membership.Mobile = mobile.Value;
        }

        if (change.Province is not null || change.District is not null)
        {
            var district = MonitorInput.Residence(Entity, _regions, change.Province, change.District, today);
            if (!district.IsSuccess)
            {
                return district.Error;
            }

            membership.ProvinceCode = district.Value.ProvinceCode;
            membership.District = district.Value.NameKo;
        }

        return null;
    }

    private async Task<Result<IReadOnlyList<MembershipView>>> QueryAsync(string? state, int skip, int take, CancellationToken cancellationToken)
    {
        var filter = MonitorInput.Enum<MembershipState>(Entity, "state", state);
        if (!filter.IsSuccess)
        {
            return filter.Error;
        }

        var query = _db.Set<Membership>().AsNoTracking();
        if (filter.Value is { } wanted)
        {
            query = query.Where(m => m.State == wanted);
        }

        var rows = await query.OrderBy(m => m.Name).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(MembershipView.From).ToList();
    }
}
