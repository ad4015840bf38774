using System.Globalization;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Benchmarks.Awards;

/// <summary>The arguments of <c>awards-year [--monitors 1500] [--tasks 45] [--submissions 20000] [--seed 2026] [--provider sqlite|postgres]</c>.</summary>
internal sealed record AwardsYearArguments(int Monitors, int Tasks, int Submissions, int Seed, StorageProvider Provider)
{
    public static AwardsYearArguments? Parse(string[] args)
    {
        var (monitors, tasks, submissions, seed, provider) = (1500, 45, 20_000, 2026, StorageProvider.Sqlite);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var ok = int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0;
            switch (args[i])
            {
                case "--monitors" when ok: monitors = n; break;
                case "--tasks" when ok: tasks = n; break;
                case "--submissions" when ok: submissions = n; break;
                case "--seed" when ok: seed = n; break;
                case "--provider" when args[i + 1] is "sqlite" or "postgres":
                    provider = args[i + 1] == "sqlite" ? StorageProvider.Sqlite : StorageProvider.PostgreSql;
                    break;
                default:
                    Console.Error.WriteLine("usage: awards-year [--monitors N] [--tasks N] [--submissions N] [--seed N] [--provider sqlite|postgres]");
                    return null;
            }
        }

        return args.Length % 2 == 0 ? new AwardsYearArguments(monitors, tasks, submissions, seed, provider) : null;
    }
}
