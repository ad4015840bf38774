using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Advisers;

public sealed partial class ConsultationService
{
    /// <summary>One consultation.</summary>
    public async Task<Result<ConsultationView>> GetAsync(Guid consultationId, CancellationToken cancellationToken = default)
    {
        var consultation = await _db.Set<Consultation>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken).ConfigureAwait(false);
        return consultation is null ? ConsultationErrors.NotFound : ConsultationView.From(consultation);
    }

    /// <summary>A year's consultations by day (at most <see cref="AdviserLimits.MaxListed"/>) with the year's totals.</summary>
    public async Task<Result<ConsultationList>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        if (year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
        {
            return ConsultationErrors.YearInvalid;
        }

        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var inYear = _db.Set<Consultation>().AsNoTracking().Where(c => c.HeldOn >= from && c.HeldOn <= to);
        var totals = await inYear.GroupBy(c => c.State).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(c => c.Allowance) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await inYear.OrderBy(c => c.HeldOn).ThenBy(c => c.CreatedAt).Take(AdviserLimits.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ConsultationList(
            year,
            totals.Sum(t => t.Count),
            totals.Where(t => t.Key is ConsultationState.Planned or ConsultationState.Held).Sum(t => t.Sum),
            totals.Where(t => t.Key == ConsultationState.Paid).Sum(t => t.Sum),
            totals.Where(t => t.Key == ConsultationState.Cancelled).Sum(t => t.Count),
            items.ConvertAll(ConsultationView.From));
    }
}
