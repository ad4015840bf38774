using System.Text.Json;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>
/// Reads a definition (see <see cref="SegmentDefinition"/>) and checks everything that does not need the database:
/// shape, operators, attribute names and values, districts against the region catalogue (canonical Korean names; any
/// period), the condition limit. Duplicate lists and districts are dropped. List existence is checked by the service.
/// </summary>
public static class SegmentDefinitionParser
{
    /// <summary>The definition, or the first problem with it.</summary>
    public static Result<SegmentDefinition> Parse(string? json, RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (string.IsNullOrWhiteSpace(json))
        {
            return SegmentErrors.ListsRequired;
        }

        if (json.Length > SegmentErrors.DefinitionMaxLength)
        {
            return SegmentErrors.DefinitionTooLong;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            return Read(document.RootElement, regions);
        }
        catch (JsonException)
        {
            return SegmentErrors.DefinitionInvalid("not JSON");
        }
    }

    private static Result<SegmentDefinition> Read(JsonElement root, RegionCatalog regions)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return SegmentErrors.DefinitionInvalid("not an object");
        }

        List<string> lists = [];
        List<SegmentDistrict> districts = [];
        List<SegmentTraitCondition> traits = [];
        foreach (var member in root.EnumerateObject())
        {
            var error = member.Name switch
            {
                "lists" => ReadLists(member.Value, lists),
                "districts" => ReadDistricts(member.Value, regions, districts),
                "traits" => ReadTraits(member.Value, traits),
                _ => SegmentErrors.DefinitionInvalid($"unknown member '{member.Name}'"),
            };
            if (error is not null)
            {
                return error;
            }
        }

        if (lists.Count == 0)
        {
            return SegmentErrors.ListsRequired;
        }

        var definition = new SegmentDefinition(lists, districts, traits);
        return definition.ConditionCount + traits.Sum(t => Math.Max(0, t.Values.Count - 1)) > AudienceLimits.MaxSegmentConditions
            ? SegmentErrors.TooManyConditions
            : definition;
    }

    private static DomainError? ReadLists(JsonElement value, List<string> lists)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return SegmentErrors.DefinitionInvalid("'lists' is not an array");
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString()!.Trim() is not { Length: > 0 } key)
            {
                return SegmentErrors.DefinitionInvalid("a list key is not a non-empty string");
            }

            if (!lists.Contains(key, StringComparer.Ordinal))
            {
                lists.Add(key);
            }

            if (lists.Count > AudienceLimits.MaxSegmentConditions)
            {
                return SegmentErrors.TooManyConditions;
            }
        }

        return null;
    }

    private static DomainError? ReadDistricts(JsonElement value, RegionCatalog regions, List<SegmentDistrict> districts)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return SegmentErrors.DefinitionInvalid("'districts' is not an array");
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !TryString(item, "province", out var province) || !TryString(item, "district", out var name)
                || item.EnumerateObject().Count() != 2)
            {
                return SegmentErrors.DefinitionInvalid("a district is not {\"province\":…, \"district\":…}");
            }

            var found = regions.Districts.FirstOrDefault(d => d.ProvinceCode == province && d.IsNamed(name));
            if (found is null)
            {
                return SegmentErrors.DistrictUnknown(province, name);
            }

            var district = new SegmentDistrict(found.ProvinceCode, found.NameKo);
            if (!districts.Contains(district))
            {
                districts.Add(district);
            }

            if (districts.Count > AudienceLimits.MaxSegmentConditions)
            {
                return SegmentErrors.TooManyConditions;
            }
        }

        return null;
    }

    private static DomainError? ReadTraits(JsonElement value, List<SegmentTraitCondition> traits)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return SegmentErrors.DefinitionInvalid("'traits' is not an array");
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return SegmentErrors.DefinitionInvalid("a trait condition is not an object");
            }

            var condition = SegmentTraitReader.Read(item);
            if (!condition.IsSuccess)
            {
                return condition.Error;
            }

            traits.Add(condition.Value);
            if (traits.Count > AudienceLimits.MaxSegmentConditions)
            {
                return SegmentErrors.TooManyConditions;
            }
        }

        return null;
    }

    internal static bool TryString(JsonElement item, string name, out string value)
    {
        value = item.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()!.Trim() : "";
        return value.Length > 0;
    }
}
