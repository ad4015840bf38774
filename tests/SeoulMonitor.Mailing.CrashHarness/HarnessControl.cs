using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.CrashHarness;

/// <summary>
/// Campaign control through this node, one command per line on standard input (<c>pause</c>, <c>resume</c>,
/// <c>cancel</c>, <c>progress</c>); each is answered on standard output with <c>{command} ok {state}</c> or
/// <c>{command} refused {code}</c>, so that a test can steer a campaign through any node. Ends at end of input.
/// </summary>
internal static class HarnessControl
{
    public static async Task RunAsync(CampaignService campaigns, Guid campaignId, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var command = line.Trim();
            var answer = command switch
            {
                "pause" => Describe(command, await campaigns.PauseAsync(campaignId, cancellationToken).ConfigureAwait(false)),
                "resume" => Describe(command, await campaigns.ResumeAsync(campaignId, cancellationToken).ConfigureAwait(false)),
                "cancel" => Describe(command, await campaigns.CancelAsync(campaignId, cancellationToken).ConfigureAwait(false)),
                "progress" => Progress(await campaigns.GetProgressAsync(campaignId, cancellationToken).ConfigureAwait(false)),
                _ => command + " unknown",
            };
            Console.WriteLine(answer);
        }
    }

    private static string Describe(string command, MailingResult<CampaignRecord> result) =>
        result.IsSuccess ? $"{command} ok {result.Value.State}" : $"{command} refused {result.Error!.Code}";

    private static string Progress(MailingResult<CampaignProgress> result) =>
        result.IsSuccess
            ? $"progress ok {result.Value.State} final={result.Value.Counts.Final} total={result.Value.Counts.Total}"
            : $"progress refused {result.Error!.Code}";
}
