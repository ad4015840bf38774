using System.Buffers;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Audiences.Requests;

public sealed partial class DataSubjectRequestService
{
    private static readonly SearchValues<char> AttributeNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_-");

    /// <summary>
    /// Applies a correction: addresses are normalised as at subscription and must not be another subscriber's (the
    /// deduplication rule); an empty string removes one, but one must remain; the district must exist today; attribute
    /// names and values follow the subscriber rules. Returns the refusal, or null when applied.
    /// </summary>
    private async Task<DomainError?> CorrectAsync(Subscriber subscriber, SubscriberCorrection correction, DateTimeOffset now, CancellationToken ct)
    {
        var email = subscriber.Email;
        var mobile = subscriber.Mobile;
        if (correction.Email is not null)
        {
            var parsed = correction.Email.Length == 0 ? Result<string>.Success(string.Empty) : SubscriberAddress.Email(correction.Email);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            email = parsed.Value.Length == 0 ? null : parsed.Value;
        }

        if (correction.Mobile is not null)
        {
            var parsed = correction.Mobile.Length == 0 ? Result<string>.Success(string.Empty) : SubscriberAddress.Mobile(correction.Mobile);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            mobile = parsed.Value.Length == 0 ? null : parsed.Value;
        }

        if (email is null && mobile is null)
        {
            return DataRequestErrors.NoAddressLeft;
        }

        if ((email is not null && email != subscriber.Email && await _db.Set<Subscriber>().AnyAsync(s => s.Email == email && s.Id != subscriber.Id, ct).ConfigureAwait(false)) ||
            (mobile is not null && mobile != subscriber.Mobile && await _db.Set<Subscriber>().AnyAsync(s => s.Mobile == mobile && s.Id != subscriber.Id, ct).ConfigureAwait(false)))
        {
            return DataRequestErrors.AddressInUse;
        }

        if (correction.Province is not null || correction.District is not null)
        {
            var residence = MonitorInput.Residence("subscriber", _regions, correction.Province, correction.District, SeoulCalendar.DateAt(now));
            if (!residence.IsSuccess)
            {
                return residence.Error;
            }

            subscriber.ProvinceCode = residence.Value.ProvinceCode;
            subscriber.District = residence.Value.NameKo;
        }

        if (correction.Attributes is { } attributes && ApplyAttributes(subscriber, attributes) is { } invalid)
        {
            return invalid;
        }

        subscriber.Email = email;
        subscriber.Mobile = mobile;
        subscriber.UpdatedAt = now;
        subscriber.Version = Guid.NewGuid();
        return null;
    }

    private static DomainError? ApplyAttributes(Subscriber subscriber, IReadOnlyDictionary<string, string?> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (name.Length is 0 or > AudienceLimits.AttributeNameMaxLength || name.AsSpan().ContainsAnyExcept(AttributeNameChars) ||
                value?.Length > AudienceLimits.AttributeValueMaxLength)
            {
                return DataRequestErrors.AttributeInvalid;
            }

            var existing = subscriber.Attributes.FirstOrDefault(a => a.Name == name);
            if (value is null)
            {
                if (existing is not null)
                {
                    subscriber.Attributes.Remove(existing);
                }
            }
            else if (existing is not null)
            {
                existing.Value = value;
            }
            else
            {
                subscriber.Attributes.Add(new SubscriberTrait { SubscriberId = subscriber.Id, Name = name, Value = value });
            }
        }

        return subscriber.Attributes.Count > AudienceLimits.MaxAttributes ? DataRequestErrors.AttributeInvalid : null;
    }
}
