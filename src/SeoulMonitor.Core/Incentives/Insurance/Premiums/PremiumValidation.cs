using System.Globalization;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>Checks an invoice's fields (everything that needs no database), trimmed and parsed.</summary>
internal static class PremiumValidation
{
    public static Result<ValidPremium> Check(RecordPremiumRequest request)
    {
        var insurer = request.Insurer?.Trim() ?? string.Empty;
        if (insurer.Length is 0 or > PremiumLimits.InsurerMaxLength)
        {
            return PremiumErrors.InsurerInvalid;
        }

        var policy = request.PolicyNumber?.Trim() ?? string.Empty;
        if (policy.Length is 0 or > PremiumLimits.PolicyNumberMaxLength || !policy.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.'))
        {
            return PremiumErrors.PolicyNumberInvalid;
        }

        if (!TryParse(request.PeriodStart, out var start))
        {
            return PremiumErrors.PeriodDateInvalid("periodStart");
        }

        if (!TryParse(request.PeriodEnd, out var end))
        {
            return PremiumErrors.PeriodDateInvalid("periodEnd");
        }

        if (end < start || end.DayNumber - start.DayNumber + 1 > PremiumLimits.MaxPeriodDays)
        {
            return PremiumErrors.PeriodLengthInvalid;
        }

        if (start.Year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
        {
            return PremiumErrors.PeriodOutsideYear;
        }

        return request.Amount is < PremiumLimits.MinAmount or > PremiumLimits.MaxAmount
            ? PremiumErrors.AmountInvalid
            : new ValidPremium(insurer, policy, start, end, request.Amount);
    }

    private static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
