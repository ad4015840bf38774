using BenchmarkDotNet.Running;
using SeoulMonitor.Benchmarks.Audiences;
using SeoulMonitor.Benchmarks.Awards;
using SeoulMonitor.Benchmarks.Mailing;

if (args is ["transport-check", .. var rest])
{
    return TransportSanityCheck.Run(rest);
}

if (args is ["send", .. var sendArgs])
{
    return await SendCommand.RunAsync(sendArgs);
}

if (args is ["audience", .. var audienceArgs])
{
    return await AudienceCommand.RunAsync(audienceArgs);
}

if (args is ["awards-year", .. var awardsArgs])
{
    return await AwardsYearCommand.RunAsync(awardsArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
