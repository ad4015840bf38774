using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SeoulMonitor.Core.Monitoring.Tasks;

/// <summary>
/// The opaque keyset cursor of the task and demand lists: the sort key and id of the last row of a page, tagged with
/// the list it belongs to, as base64url. A cursor of another list, a tampered or an over-long one is refused.
/// </summary>
internal readonly record struct ListCursor(DateTimeOffset Key, Guid Id)
{
    /// <summary>The tag of task-list cursors.</summary>
    public const string Tasks = "t1";

    /// <summary>The tag of demand-list cursors.</summary>
    public const string Demands = "d1";

    /// <summary>The cursor text after the row with <paramref name="key"/> and <paramref name="id"/>.</summary>
    public static string Encode(string list, DateTimeOffset key, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{list}|{key:O}|{id:D}")));

    /// <summary>Reads a cursor of <paramref name="list"/>; false for anything else.</summary>
    public static bool TryDecode(string list, string text, out ListCursor cursor)
    {
        cursor = default;
        if (text.Length is 0 or > MonitoringTaskLimits.MaxCursorLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = decoded.Split('|');
        if (parts.Length != 3 || !string.Equals(parts[0], list, StringComparison.Ordinal)
            || !DateTimeOffset.TryParseExact(parts[1], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var key)
            || !Guid.TryParseExact(parts[2], "D", out var id))
        {
            return false;
        }

        cursor = new ListCursor(key, id);
        return true;
    }
}
