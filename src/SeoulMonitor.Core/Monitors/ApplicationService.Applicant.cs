using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitors;

public sealed partial class ApplicationService
{
    /// <summary>The applicant's own application; a wrong token answers <c>application.not_found</c>.</summary>
    public async Task<Result<ApplicationView>> GetOwnAsync(Guid id, string? accessToken, CancellationToken cancellationToken = default)
    {
        var application = await _db.Set<MonitorApplication>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        return application is not null && ApplicantToken.Matches(accessToken, application.AccessTokenHash)
            ? ApplicationView.From(application)
            : MonitorErrors.ApplicationNotFound;
    }

    /// <summary>
    /// The applicant resubmits corrected data after a return for information (ReturnedForInfo → Submitted). The form
    /// is checked like a new submission: eligibility today, the current consent notice, no duplicate person.
    /// </summary>
    public Task<Result<ApplicationView>> ResubmitAsync(
        Guid id, string? accessToken, ApplicationForm form, ConsentEvidence evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(evidence);
        return TransitionAsync(ApplicantActor(id), id, accessToken, ApplicationEvent.Resubmit, Result<string?>.Success(null), async (application, now, ct) =>
        {
            var today = SeoulCalendar.DateAt(now);
            var parsed = ApplicantData.Parse(form, _regions, today);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            var data = parsed.Value;
            if (_eligibility.Evaluate(data.BirthDate, data.District.ProvinceCode, data.District.NameKo, today) is { } ineligible)
            {
                return ineligible;
            }

            if (await CheckNoticeAsync(data.ConsentNoticeId, ct).ConfigureAwait(false) is { } noticeError)
            {
                return noticeError;
            }

            if (await PersonClaims.HeldByOtherAsync(_db, data.Keys, id, ct).ConfigureAwait(false))
            {
                return MonitorErrors.Duplicate;
            }

            Apply(application, data, evidence, now);
            await PersonClaims.HoldAsync(_db, id, data.Keys, ct).ConfigureAwait(false);
            return null;
        }, cancellationToken);
    }

    /// <summary>The applicant withdraws the application (Submitted or ReturnedForInfo → Withdrawn).</summary>
    public Task<Result<ApplicationView>> WithdrawAsync(Guid id, string? accessToken, CancellationToken cancellationToken = default) =>
        TransitionAsync(ApplicantActor(id), id, accessToken, ApplicationEvent.Withdraw, Result<string?>.Success(null), null, cancellationToken);
}
