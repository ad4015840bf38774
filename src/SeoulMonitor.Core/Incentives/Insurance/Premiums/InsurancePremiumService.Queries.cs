using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

public sealed partial class InsurancePremiumService
{
    /// <summary>Staff: one premium.</summary>
    public async Task<Result<InsurancePremiumView>> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!RosterService.IsStaff(actor))
        {
            return _recorder.Outcome(Result<InsurancePremiumView>.Failure(InsuranceErrors.Forbidden));
        }

        var premium = await _db.Set<InsurancePremium>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        return premium is null ? _recorder.Outcome(Result<InsurancePremiumView>.Failure(PremiumErrors.NotFound)) : InsurancePremiumView.From(premium);
    }

    /// <summary>Staff: the premiums of a budget year, by period start (at most <see cref="PremiumLimits.MaxListed"/>).</summary>
    public async Task<Result<IReadOnlyList<InsurancePremiumView>>> ListAsync(int year, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        DomainError? invalid = !RosterService.IsStaff(actor) ? InsuranceErrors.Forbidden
            : year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear ? InsuranceErrors.YearInvalid
            : null;
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<IReadOnlyList<InsurancePremiumView>>.Failure(invalid));
        }

        var rows = await _db.Set<InsurancePremium>().AsNoTracking().Where(p => p.Year == year)
            .OrderBy(p => p.PeriodStart).ThenBy(p => p.Id).Take(PremiumLimits.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(InsurancePremiumView.From);
    }
}
