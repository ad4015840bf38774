using System.Globalization;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Benchmarks.Audiences;

/// <summary>The arguments of <c>audience --subscribers N --provider sqlite|postgres [--connection "..."]</c>.</summary>
internal sealed record AudienceArguments(int Subscribers, StorageProvider Provider, string? Connection)
{
    public static AudienceArguments? Parse(string[] args)
    {
        int subscribers = 1_000_000;
        var provider = StorageProvider.Sqlite;
        string? connection = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--subscribers" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    subscribers = n;
                    break;
                case "--provider" when args[i + 1] is "sqlite" or "postgres":
                    provider = args[i + 1] == "sqlite" ? StorageProvider.Sqlite : StorageProvider.PostgreSql;
                    break;
                case "--connection":
                    connection = args[i + 1];
                    break;
                default:
                    Console.Error.WriteLine("usage: audience --subscribers N --provider sqlite|postgres [--connection \"...\"]");
                    return null;
            }
        }

        return args.Length % 2 == 0 ? new AudienceArguments(subscribers, provider, connection) : null;
    }
}
