using System.Text.RegularExpressions;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// The parsed subscribe form. Address rule, the same as for imports: an e-mail address is accepted when it is a plain
/// address with a dotted domain (<see cref="SubscriberAddress"/>) whose domain is not on the configured list of
/// disposable-mail domains (<see cref="SubscriberAddressRules.NewEmail"/>, <c>subscriber.email.disposable</c>). A
/// mobile number must be a 010 number.
/// </summary>
internal sealed partial record SubscriberInput(string? Email, string? Mobile, District? District, IReadOnlyList<KeyValuePair<string, string>> Attributes, IReadOnlyList<ListChoice> Choices)
{
    public static Result<SubscriberInput> Parse(SubscribeRequest request, RegionCatalog regions, DateOnly today, Func<string?, Result<string>> newEmail)
    {
        string? email = null, mobile = null;
        if (string.IsNullOrWhiteSpace(request.Email) && string.IsNullOrWhiteSpace(request.Mobile))
        {
            return SubscriptionErrors.AddressRequired;
        }

        if (!string.IsNullOrWhiteSpace(request.Email))
        {
            var parsed = newEmail(request.Email);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            email = parsed.Value;
        }

        if (!string.IsNullOrWhiteSpace(request.Mobile))
        {
            var parsed = SubscriberAddress.Mobile(request.Mobile);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            mobile = parsed.Value;
        }

        District? district = null;
        if (!string.IsNullOrWhiteSpace(request.Province) || !string.IsNullOrWhiteSpace(request.District))
        {
            var residence = MonitorInput.Residence("subscriber", regions, request.Province, request.District, today);
            if (!residence.IsSuccess)
            {
                return residence.Error;
            }

            district = residence.Value;
        }

        var attributes = request.Attributes ?? new Dictionary<string, string>();
        if (attributes.Count > AudienceLimits.MaxAttributes)
        {
            return SubscriptionErrors.TooManyAttributes;
        }

        foreach (var (name, value) in attributes)
        {
            if (name is null || !AttributeName().IsMatch(name) || value is null || value.Trim().Length > AudienceLimits.AttributeValueMaxLength)
            {
                return SubscriptionErrors.AttributeInvalid(name ?? "");
            }
        }

        var choices = request.Lists ?? [];
        if (choices.Count == 0)
        {
            return SubscriptionErrors.ListsRequired;
        }

        if (choices.Count > AudienceLimits.MaxListsPerRequest)
        {
            return SubscriptionErrors.TooManyLists;
        }

        if (choices.Any(c => c is null || string.IsNullOrWhiteSpace(c.List)))
        {
            return SubscriptionErrors.ListUnknown("");
        }

        if (choices.Select(c => (c.List!.Trim(), c.Channel)).Distinct().Count() != choices.Count)
        {
            return SubscriptionErrors.DuplicateChoice;
        }

        if (choices.Any(c => c.Agreed && (c.Channel == DeliveryChannel.Email ? email is null : mobile is null)))
        {
            return SubscriptionErrors.ChannelAddressMissing;
        }

        return new SubscriberInput(email, mobile, district, attributes.Select(a => KeyValuePair.Create(a.Key, a.Value.Trim())).ToList(), choices);
    }

    [GeneratedRegex("^[a-z0-9_-]{1,40}$")]
    private static partial Regex AttributeName();
}
