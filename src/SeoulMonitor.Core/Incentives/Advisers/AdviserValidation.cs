using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>Checks an adviser's details (codes <c>adviser.*</c>).</summary>
internal static class AdviserValidation
{
    /// <summary>The trimmed details, or the first refusal.</summary>
    public static Result<AdviserRequest> Check(AdviserRequest? request)
    {
        var name = request?.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > AdviserLimits.NameMaxLength || name.Any(char.IsControl))
        {
            return AdviserErrors.NameInvalid;
        }

        var field = request?.Field?.Trim() ?? string.Empty;
        if (field.Length is 0 or > AdviserLimits.TextMaxLength || field.Any(char.IsControl))
        {
            return AdviserErrors.FieldInvalid;
        }

        var affiliation = string.IsNullOrWhiteSpace(request?.Affiliation) ? null : request.Affiliation.Trim();
        if (affiliation is not null && (affiliation.Length > AdviserLimits.TextMaxLength || affiliation.Any(char.IsControl)))
        {
            return AdviserErrors.AffiliationInvalid;
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(request?.Email))
        {
            var checkedEmail = MonitorInput.Email("adviser", request.Email);
            if (!checkedEmail.IsSuccess)
            {
                return checkedEmail.Error;
            }

            email = checkedEmail.Value;
        }

        return new AdviserRequest(name, field, affiliation, email);
    }
}
