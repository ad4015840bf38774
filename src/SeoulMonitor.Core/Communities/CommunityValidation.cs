using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Communities;

/// <summary>Input checks of the communities feature; each fault has its own code.</summary>
internal static class CommunityValidation
{
    public static Result<(string Name, string Description, CommunityFocusArea FocusArea)> Found(FoundCommunityRequest? request)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Name))
        {
            return CommunityErrors.NameRequired;
        }

        var name = request.Name.Trim();
        if (name.Length is < CommunityLimits.NameMinLength or > CommunityLimits.NameMaxLength)
        {
            return CommunityErrors.NameLength;
        }

        var description = request.Description?.Trim() ?? string.Empty;
        if (description.Length > CommunityLimits.DescriptionMaxLength)
        {
            return CommunityErrors.DescriptionTooLong;
        }

        if (!TryParseFocusArea(request.FocusArea, out var area))
        {
            return CommunityErrors.FocusAreaInvalid;
        }

        return (name, description, area);
    }

    /// <summary>A reason: required when <paramref name="required"/>, at most the limit; returns the trimmed text.</summary>
    public static Result<string?> Reason(string? reason, bool required)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is null)
        {
            return required ? CommunityErrors.ReasonRequired : Result<string?>.Success(null);
        }

        return trimmed.Length > CommunityLimits.ReasonMaxLength ? CommunityErrors.ReasonTooLong : trimmed;
    }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    /// <summary>Accepts a declared member name only (case-insensitive); numbers and unknown names are refused.</summary>
    private static bool TryParseFocusArea(string? value, out CommunityFocusArea area)
    {
        area = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<CommunityFocusArea>())
        {
            if (string.Equals(candidate.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                area = candidate;
                return true;
            }
        }

        return false;
    }
}
