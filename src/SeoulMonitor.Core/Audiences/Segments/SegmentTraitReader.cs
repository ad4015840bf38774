using System.Text.Json;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>Reads one attribute condition <c>{"name":…, "op":…, "values":[…]}</c> of a segment definition.</summary>
internal static class SegmentTraitReader
{
    public static Result<SegmentTraitCondition> Read(JsonElement item)
    {
        string? name = null, op = null;
        List<string> values = [];
        foreach (var member in item.EnumerateObject())
        {
            switch (member.Name)
            {
                case "name" when member.Value.ValueKind == JsonValueKind.String:
                    name = member.Value.GetString()!.Trim();
                    break;
                case "op" when member.Value.ValueKind == JsonValueKind.String:
                    op = member.Value.GetString()!.Trim();
                    break;
                case "values" when member.Value.ValueKind == JsonValueKind.Array:
                    foreach (var v in member.Value.EnumerateArray())
                    {
                        if (v.ValueKind != JsonValueKind.String)
                        {
                            return SegmentErrors.TraitValuesInvalid;
                        }

                        values.Add(v.GetString()!);
                    }

                    break;
                default:
                    return SegmentErrors.DefinitionInvalid($"trait member '{member.Name}' is unknown or of the wrong type");
            }
        }

        if (name is null || !IsName(name))
        {
            return SegmentErrors.TraitNameInvalid;
        }

        var parsed = op switch
        {
            "eq" => SegmentTraitOperator.Eq,
            "neq" => SegmentTraitOperator.Neq,
            "in" => SegmentTraitOperator.In,
            "exists" => SegmentTraitOperator.Exists,
            "missing" => SegmentTraitOperator.Missing,
            _ => (SegmentTraitOperator?)null,
        };
        if (parsed is not { } oper)
        {
            return SegmentErrors.OperatorInvalid(op ?? "");
        }

        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        var countOk = oper switch
        {
            SegmentTraitOperator.Eq or SegmentTraitOperator.Neq => distinct.Count == 1,
            SegmentTraitOperator.In => distinct.Count >= 1,
            _ => distinct.Count == 0,
        };
        return countOk && distinct.All(v => v.Length <= AudienceLimits.AttributeValueMaxLength)
            ? new SegmentTraitCondition(name, oper, distinct)
            : SegmentErrors.TraitValuesInvalid;
    }

    private static bool IsName(string name) =>
        name.Length is > 0 and <= AudienceLimits.AttributeNameMaxLength
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-');
}
