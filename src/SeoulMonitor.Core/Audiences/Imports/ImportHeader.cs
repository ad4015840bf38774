using System.Text.RegularExpressions;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// The columns of an import file, by name (any order, names trimmed and compared ignoring case): <c>email</c>,
/// <c>mobile</c> (at least one of the two), <c>province</c>, <c>district</c>, <c>lists</c>, <c>channel</c>,
/// <c>consented_at</c>, <c>evidence</c>, <c>night_sending</c> (sms lines: <c>yes</c>/<c>no</c>, blank is no) and
/// <c>trait:&lt;name&gt;</c> columns. A missing optional column reads as empty.
/// </summary>
internal sealed partial class ImportHeader
{
    private static readonly string[] Known = ["email", "mobile", "province", "district", "lists", "channel", "consented_at", "evidence", "night_sending"];
    private static readonly string[] Required = ["lists", "consented_at", "evidence"];

    private readonly Dictionary<string, int> _index;

    private ImportHeader(Dictionary<string, int> index, IReadOnlyList<(int Index, string Name)> traits, int count)
    {
        _index = index;
        Traits = traits;
        ColumnCount = count;
    }

    /// <summary>The <c>trait:</c> columns: cell index and attribute name.</summary>
    public IReadOnlyList<(int Index, string Name)> Traits { get; }

    /// <summary>Cells per line.</summary>
    public int ColumnCount { get; }

    /// <summary>The header from its cells, or the file-level refusal.</summary>
    public static Result<ImportHeader> Parse(IReadOnlyList<string> names)
    {
        if (names.Count > ImportLimits.MaxColumns)
        {
            return ImportErrors.TooManyColumns;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var traits = new List<(int, string)>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().ToLowerInvariant();
            if (!index.TryAdd(name, i))
            {
                return ImportErrors.DuplicateColumn(names[i]);
            }

            if (name.StartsWith("trait:", StringComparison.Ordinal))
            {
                var trait = name["trait:".Length..];
                if (!TraitName().IsMatch(trait))
                {
                    return ImportErrors.InvalidTraitColumn(names[i]);
                }

                traits.Add((i, trait));
            }
            else if (!Known.Contains(name))
            {
                return ImportErrors.UnknownColumn(names[i]);
            }
        }

        if (!index.ContainsKey("email") && !index.ContainsKey("mobile"))
        {
            return ImportErrors.MissingColumn("email");
        }

        var missing = Required.FirstOrDefault(r => !index.ContainsKey(r));
        return missing is not null ? ImportErrors.MissingColumn(missing) : new ImportHeader(index, traits, names.Count);
    }

    /// <summary>The trimmed cell of <paramref name="column"/>, or null when the column is absent or the cell blank.</summary>
    public string? Cell(string[] cells, string column) =>
        _index.TryGetValue(column, out var i) && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;

    [GeneratedRegex("^[a-z0-9_-]{1,40}$", RegexOptions.CultureInvariant)] // AudienceLimits.AttributeNameMaxLength
    private static partial Regex TraitName();
}
