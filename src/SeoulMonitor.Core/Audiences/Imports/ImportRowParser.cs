using System.Globalization;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// Validates and normalises one line (no database access): the address rules, the district in the region catalogue,
/// the lists (known, open, with a notice), the channel and its address, consented_at (not in the future, and for
/// policy-customer lists not past its two-year renewal date), the evidence and the trait cells. Every problem of the
/// line is reported.
/// </summary>
internal sealed class ImportRowParser(
    ImportHeader header, IReadOnlyDictionary<string, ImportListTarget?> lists, RegionCatalog regions, SubscriberAddressRules addresses, DateTimeOffset now)
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz"];

    private readonly Dictionary<(string, string), Result<District>> _districts = [];

    public Result<ImportRow> Parse(ImportLine line, List<DomainError> problems)
    {
        problems.Clear();
        if (line.Cells.Length != header.ColumnCount)
        {
            problems.Add(ImportRowErrors.ColumnCount(line.Cells.Length, header.ColumnCount));
            return problems[0];
        }

        var cells = line.Cells;
        var email = Take(problems, header.Cell(cells, "email") is { } e ? (Result<string>?)addresses.NewEmail(e) : null);
        var mobile = Take(problems, header.Cell(cells, "mobile") is { } m ? (Result<string>?)SubscriberAddress.Mobile(m) : null);
        if (header.Cell(cells, "email") is null && header.Cell(cells, "mobile") is null)
        {
            problems.Add(ImportRowErrors.AddressRequired);
        }

        var district = Residence(problems, header.Cell(cells, "province"), header.Cell(cells, "district"));
        var channel = Channel(problems, header.Cell(cells, "channel"), header.Cell(cells, "email"), header.Cell(cells, "mobile"));
        var consentedAt = ConsentedAt(problems, header.Cell(cells, "consented_at"));
        var targets = Lists(problems, header.Cell(cells, "lists"), consentedAt);
        var evidence = Evidence(problems, header.Cell(cells, "evidence"));
        var traits = Traits(problems, cells);
        var night = NightSending(problems, header.Cell(cells, "night_sending"), channel);
        if (problems.Count > 0)
        {
            return problems[0];
        }

        return new ImportRow(line.Line, email, mobile, district?.ProvinceCode, district?.NameKo, targets, channel!.Value, consentedAt!.Value, evidence!, traits, night);
    }

    private static string? Take(List<DomainError> problems, Result<string>? result)
    {
        if (result is not { } r)
        {
            return null;
        }

        if (!r.IsSuccess)
        {
            problems.Add(r.Error);
            return null;
        }

        return r.Value;
    }

    private District? Residence(List<DomainError> problems, string? province, string? district)
    {
        if (province is null && district is null)
        {
            return null;
        }

        var key = (province ?? string.Empty, district ?? string.Empty);
        if (!_districts.TryGetValue(key, out var found))
        {
            found = MonitorInput.Residence(SubscriberAddress.Entity, regions, province, district, SeoulCalendar.DateAt(now));
            _districts[key] = found;
        }

        if (!found.IsSuccess)
        {
            problems.Add(found.Error);
            return null;
        }

        return found.Value;
    }

    /// <summary>The <c>night_sending</c> cell: yes/y/true/1 or no/n/false/0 (blank is no); yes only on an sms line.</summary>
    private static bool NightSending(List<DomainError> problems, string? value, DeliveryChannel? channel)
    {
        var night = value?.ToLowerInvariant() switch
        {
            null or "no" or "n" or "false" or "0" => false,
            "yes" or "y" or "true" or "1" => true,
            _ => (bool?)null,
        };
        if (night is null || (night.Value && channel is not DeliveryChannel.Sms))
        {
            problems.Add(ImportRowErrors.NightSendingInvalid);
            return false;
        }

        return night.Value;
    }

    private static DeliveryChannel? Channel(List<DomainError> problems, string? value, string? email, string? mobile)
    {
        var channel = value?.ToLowerInvariant() ?? "email";
        if (channel is not ("email" or "sms"))
        {
            problems.Add(ImportRowErrors.ChannelUnknown);
            return null;
        }

        if ((channel == "email" && email is null && mobile is not null) || (channel == "sms" && mobile is null && email is not null))
        {
            problems.Add(ImportRowErrors.ChannelAddressMissing(channel));
        }

        return channel == "sms" ? DeliveryChannel.Sms : DeliveryChannel.Email;
    }

    private DateTimeOffset? ConsentedAt(List<DomainError> problems, string? value)
    {
        if (value is null)
        {
            problems.Add(ImportRowErrors.ConsentedAtRequired);
            return null;
        }

        DateTimeOffset at;
        if (value.Length <= ImportLimits.DateMaxLength &&
            DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            at = new DateTimeOffset(local, TimeSpan.FromHours(9));
        }
        else if (value.Length <= ImportLimits.DateMaxLength && value.EndsWith('Z') &&
                 DateTime.TryParseExact(value[..^1], LocalFormats[1..], CultureInfo.InvariantCulture, DateTimeStyles.None, out var utc))
        {
            at = new DateTimeOffset(utc, TimeSpan.Zero);
        }
        else if (value.Length > ImportLimits.DateMaxLength ||
                 !DateTimeOffset.TryParseExact(value, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            problems.Add(ImportRowErrors.ConsentedAtInvalid);
            return null;
        }

        if (at > now)
        {
            problems.Add(ImportRowErrors.ConsentedAtFuture);
            return null;
        }

        return at.ToUniversalTime();
    }

    private List<ImportListTarget> Lists(List<DomainError> problems, string? value, DateTimeOffset? consentedAt)
    {
        var targets = new List<ImportListTarget>();
        if (value is not null && value.Length > ImportLimits.ListsMaxLength)
        {
            problems.Add(ImportRowErrors.CellTooLong("lists", ImportLimits.ListsMaxLength));
            return targets;
        }

        var keys = (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(static k => k.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            problems.Add(ImportRowErrors.ListsRequired);
        }
        else if (keys.Count > AudienceLimits.MaxListsPerRequest)
        {
            problems.Add(ImportRowErrors.ListsTooMany);
        }
        else
        {
            foreach (var key in keys)
            {
                if (Target(problems, key, consentedAt) is { } target)
                {
                    targets.Add(target);
                }
            }
        }

        return targets;
    }

    private ImportListTarget? Target(List<DomainError> problems, string key, DateTimeOffset? consentedAt)
    {
        if (!lists.TryGetValue(key, out var target))
        {
            problems.Add(ImportRowErrors.ListUnknown(key));
            return null;
        }

        if (target is null)
        {
            problems.Add(ImportRowErrors.ListNoNotice(key));
            return null;
        }

        if (!target.List.IsOpen)
        {
            problems.Add(ImportRowErrors.ListClosed(key));
            return null;
        }

        if (target.List.Regime == ConsentRegime.PolicyCustomer && consentedAt is { } at && ImportConsents.RenewalDue(at) <= now)
        {
            problems.Add(ImportRowErrors.RenewalPassed(key));
            return null;
        }

        return target;
    }

    private static string? Evidence(List<DomainError> problems, string? value)
    {
        DomainError? error = value switch
        {
            null => ImportRowErrors.EvidenceRequired,
            { Length: > ImportLimits.EvidenceMaxLength } => ImportRowErrors.EvidenceTooLong,
            _ when value.Any(char.IsControl) => ImportRowErrors.ControlCharacters("evidence"),
            _ => null,
        };
        if (error is not null)
        {
            problems.Add(error);
            return null;
        }

        return value;
    }

    private List<(string, string)> Traits(List<DomainError> problems, string[] cells)
    {
        var traits = new List<(string, string)>();
        foreach (var (index, name) in header.Traits)
        {
            var value = cells[index].Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (value.Length > AudienceLimits.AttributeValueMaxLength)
            {
                problems.Add(ImportRowErrors.TraitTooLong("trait:" + name));
            }
            else if (value.Any(char.IsControl))
            {
                problems.Add(ImportRowErrors.TraitInvalid("trait:" + name));
            }
            else
            {
                traits.Add((name, value));
            }
        }

        return traits;
    }
}
