namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Sums the (year, department) rows of one group and derives its rates.</summary>
internal static class StatisticsAssembly
{
    public static SubmissionStatistics Submissions(IEnumerable<SubmissionRow> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return SubmissionStatistics.None;
        }

        var (approved, returned, rejected) = (list.Sum(r => r.Approved), list.Sum(r => r.Returned), list.Sum(r => r.Rejected));
        return new SubmissionStatistics(
            list.Sum(r => r.Received), list.Sum(r => r.AwaitingReview), approved, returned, rejected, Rate(approved, approved + returned + rejected));
    }

    public static FindingStatistics Findings(IEnumerable<FindingRow> rows, ResponseTimes? acknowledgement, ResponseTimes? answer)
    {
        var list = rows.ToList();
        var (sent, reflected, partial) = (list.Sum(r => r.Sent), list.Sum(r => r.Reflected), list.Sum(r => r.PartiallyReflected));
        var (notReflected, longTerm) = (list.Sum(r => r.NotReflected), list.Sum(r => r.LongTermReview));
        var answered = reflected + partial + notReflected + longTerm;
        return new FindingStatistics(
            sent, answered, reflected, partial, notReflected, longTerm,
            Rate(reflected + partial, answered), Rate(reflected + partial, sent),
            acknowledgement ?? ResponseTimes.None, answer ?? ResponseTimes.None, list.Sum(r => r.Overdue));
    }

    /// <summary>A share of 0–1, or <see langword="null"/> when the denominator is zero.</summary>
    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
