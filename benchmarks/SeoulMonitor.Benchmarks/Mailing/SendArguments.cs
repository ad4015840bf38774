using System.Globalization;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// The arguments of the <c>send</c> command: <c>--smtp 127.0.0.1:PORT --recipients N --size BYTES --connections C
/// [--dkim]</c>, with the aliases <c>--port P --count N --size S --conns C</c> that perf/head-to-head.sh passes.
/// </summary>
internal sealed record SendArguments(string Host, int Port, int Recipients, int Size, int Connections, bool Dkim, bool Stages)
{
    public static SendArguments? Parse(string[] args)
    {
        string host = "127.0.0.1";
        int port = 2525, recipients = 50_000, size = 2048, connections = 16;
        bool dkim = false, stages = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--smtp":
                    var hostPort = args[++i];
                    var colon = hostPort.LastIndexOf(':');
                    host = hostPort[..colon];
                    port = Int(hostPort[(colon + 1)..]);
                    break;
                case "--port": port = Int(args[++i]); break;
                case "--recipients" or "--count": recipients = Int(args[++i]); break;
                case "--size": size = Int(args[++i]); break;
                case "--connections" or "--conns": connections = Int(args[++i]); break;
                case "--dkim": dkim = true; break;
                case "--stages": stages = true; break;
                default:
                    Console.Error.WriteLine($"send: unknown argument {args[i]}");
                    return null;
            }
        }

        return new SendArguments(host, port, recipients, size, connections, dkim, stages);
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
