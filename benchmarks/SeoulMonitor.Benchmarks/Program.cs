using BenchmarkDotNet.Running;
using SeoulMonitor.Benchmarks.Mailing;

if (args is ["transport-check", .. var rest])
{
    return TransportSanityCheck.Run(rest);
}

if (args is ["send", .. var sendArgs])
{
    return await SendCommand.RunAsync(sendArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
