using BenchmarkDotNet.Running;
using SeoulMonitor.Benchmarks.Mailing;

if (args is ["transport-check", .. var rest])
{
    return TransportSanityCheck.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
