using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitors;

public sealed partial class ApplicationService
{
    /// <summary>
    /// Staff approve (Submitted → Approved). Eligibility is checked again on today's Seoul date (the applicant may
    /// have had a birthday, moved, or their district may have been reorganised). Creates the Active membership with a
    /// yearly term ending on 31 December of the approval year.
    /// </summary>
    public Task<Result<ApplicationView>> ApproveAsync(Actor staff, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return TransitionAsync(staff, id, null, ApplicationEvent.Approve, Result<string?>.Success(null), (application, now, _) =>
        {
            var today = SeoulCalendar.DateAt(now);
            if (_eligibility.Evaluate(application.BirthDate, application.ProvinceCode, application.District, today) is { } ineligible)
            {
                return Task.FromResult<DomainError?>(ineligible);
            }

            var membership = new Membership
            {
                Id = Guid.CreateVersion7(now),
                ApplicationId = application.Id,
                State = MembershipState.Active,
                TermEndsOn = new DateOnly(today.Year, 12, 31),
                JoinedAt = now,
                Name = application.Name,
                BirthDate = application.BirthDate,
                Email = application.Email,
                Mobile = application.Mobile,
                ProvinceCode = application.ProvinceCode,
                District = application.District,
                UpdatedAt = now,
                Version = Guid.NewGuid(),
            };
            _db.Set<Membership>().Add(membership);
            application.MembershipId = membership.Id;
            return Task.FromResult<DomainError?>(null);
        }, cancellationToken);
    }

    /// <summary>Staff reject with a reason (Submitted → Rejected).</summary>
    public Task<Result<ApplicationView>> RejectAsync(Actor staff, Guid id, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return TransitionAsync(staff, id, null, ApplicationEvent.Reject, MonitorInput.Reason(Entity, reason, required: true), null, cancellationToken);
    }

    /// <summary>Staff return the application for more information, with a reason (Submitted → ReturnedForInfo).</summary>
    public Task<Result<ApplicationView>> ReturnForInfoAsync(Actor staff, Guid id, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return TransitionAsync(staff, id, null, ApplicationEvent.ReturnForInfo, MonitorInput.Reason(Entity, reason, required: true), null, cancellationToken);
    }

    /// <summary>One application with its personal data (for staff: record the access first).</summary>
    public async Task<Result<ApplicationView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var application = await _db.Set<MonitorApplication>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        return application is null ? MonitorErrors.ApplicationNotFound : ApplicationView.From(application);
    }

    /// <summary>Applications, newest first, optionally in one state (its English member name, e.g. <c>Submitted</c>).</summary>
    public async Task<Result<IReadOnlyList<ApplicationView>>> ListAsync(string? state, int? skip, int? take, CancellationToken cancellationToken = default)
    {
        var filter = MonitorInput.Enum<ApplicationState>(Entity, "state", state);
        if (!filter.IsSuccess)
        {
            return filter.Error;
        }

        var page = MonitorInput.Page(Entity, skip, take);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        var query = _db.Set<MonitorApplication>().AsNoTracking();
        if (filter.Value is { } wanted)
        {
            query = query.Where(a => a.State == wanted);
        }

        var rows = await query.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id)
            .Skip(page.Value.Skip).Take(page.Value.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ApplicationView.From).ToList();
    }
}
