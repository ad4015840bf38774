using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// The keyset paging of the task and demand lists over HTTP: the body stays the page's JSON array; the cursor of
/// the next page is in the <c>X-Next-Cursor</c> header and a <c>Link: &lt;…&amp;after=…&gt;; rel="next"</c> header
/// (both absent on the last page).
/// </summary>
internal static class ListPaging
{
    /// <summary>The response header carrying the next page's cursor.</summary>
    public const string NextCursorHeader = "X-Next-Cursor";

    /// <summary>Adds the next-page headers when there is a next page.</summary>
    public static void AddNext(HttpContext http, string? next)
    {
        if (next is null)
        {
            return;
        }

        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value)
            .Where(p => !string.Equals(p.Key, "after", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("after", next));
        var url = http.Request.PathBase.Add(http.Request.Path) + QueryString.Create(query);
        http.Response.Headers[NextCursorHeader] = next;
        http.Response.Headers[HeaderNames.Link] = $"<{url}>; rel=\"next\"";
    }
}
