using System.Globalization;
using System.Text.RegularExpressions;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Training;

/// <summary>Input checks of the training feature; each fault has its own code.</summary>
internal static partial class TrainingValidation
{
    public static Result<TrainingSession> Schedule(ScheduleSessionRequest? r, DateTimeOffset now)
    {
        if (r is null || string.IsNullOrWhiteSpace(r.Title))
        {
            return TrainingErrors.TitleRequired;
        }

        var title = r.Title.Trim();
        var description = r.Description?.Trim() ?? string.Empty;
        var location = r.Location?.Trim() ?? string.Empty;
        DomainError? error =
            title.Length is < TrainingLimits.TitleMinLength or > TrainingLimits.TitleMaxLength ? TrainingErrors.TitleLength
            : description.Length > TrainingLimits.DescriptionMaxLength ? TrainingErrors.DescriptionTooLong
            : location.Length == 0 ? TrainingErrors.LocationRequired
            : location.Length > TrainingLimits.LocationMaxLength ? TrainingErrors.LocationTooLong
            : null;
        if (error is not null)
        {
            return error;
        }

        if (ParseInstant(r.StartsAt) is not { } starts)
        {
            return TrainingErrors.StartsAtInvalid;
        }

        if (ParseInstant(r.EndsAt) is not { } ends)
        {
            return TrainingErrors.EndsAtInvalid;
        }

        var deadline = r.RegistrationDeadline is null ? starts : ParseInstant(r.RegistrationDeadline);
        error = starts <= now ? TrainingErrors.StartsAtInPast
            : starts - now > TrainingLimits.MaxLeadTime ? TrainingErrors.StartsAtTooFar
            : ends <= starts ? TrainingErrors.EndsBeforeStart
            : ends - starts > TrainingLimits.MaxDuration ? TrainingErrors.DurationTooLong
            : r.Capacity is null ? TrainingErrors.CapacityRequired
            : r.Capacity is < 1 or > TrainingLimits.MaxCapacity ? TrainingErrors.CapacityOutOfRange
            : deadline is null ? TrainingErrors.DeadlineInvalid
            : deadline <= now || deadline > starts ? TrainingErrors.DeadlineOutOfRange
            : null;
        if (error is not null)
        {
            return error;
        }

        return new TrainingSession
        {
            Id = Guid.CreateVersion7(now),
            Title = title,
            Description = description,
            Location = location,
            StartsAt = starts,
            EndsAt = ends,
            Capacity = r.Capacity!.Value,
            RegistrationDeadline = deadline!.Value,
            State = TrainingSessionState.Scheduled,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
    }

    public static Result<string?> Reason(string? reason, bool required)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is null)
        {
            return required ? TrainingErrors.ReasonRequired : Result<string?>.Success(null);
        }

        return trimmed.Length > TrainingLimits.ReasonMaxLength ? TrainingErrors.ReasonTooLong : trimmed;
    }

    /// <summary>An ISO 8601 date-time with an explicit offset (<c>Z</c> or <c>±hh:mm</c>) that exists, in UTC.</summary>
    public static DateTimeOffset? ParseInstant(string? value)
    {
        if (value is null || value.Length > 40 || !IsoInstant().IsMatch(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.ToUniversalTime()
            : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex IsoInstant();
}
