using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.CrashHarness;

/// <summary>
/// Creates-or-resumes the one campaign, idempotently: a run killed anywhere (before the create, during the audience
/// load, before the launch) leaves a state from which the next run gets to the same running campaign.
/// </summary>
internal static class HarnessCampaign
{
    public static CampaignDefinition Definition(HarnessArguments args, DateTimeOffset now) => new()
    {
        Id = args.CampaignId,
        Name = "Crash harness campaign (충돌 시험 캠페인)",
        Sender = new MailSender("news@seoul.go.kr", "서울특별시"),
        Template = new MessageTemplate("{{ name }}님께 드리는 서울 소식", "<p>안녕하세요 {{ name }}님</p>", "안녕하세요 {{ name }}님"),
        AudienceKey = SyntheticAudience.Key(args.Recipients),
        SendBy = now.AddHours(2),
    };

    /// <returns>Null when the campaign is running (or already final); otherwise why it could not be started.</returns>
    public static async Task<string?> EnsureLaunchedAsync(CampaignService campaigns, HarnessArguments args, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await campaigns.GetAsync(args.CampaignId, cancellationToken).ConfigureAwait(false);
        if (!existing.IsSuccess)
        {
            var created = await campaigns.CreateAsync(Definition(args, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            if (!created.IsSuccess && !(await campaigns.GetAsync(args.CampaignId, cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                // Refused, and not because another node created it first.
                return created.Error!.Code;
            }
        }

        var record = (await campaigns.GetAsync(args.CampaignId, cancellationToken).ConfigureAwait(false)).Value;
        switch (record.State)
        {
            case CampaignState.Draft:
                // Launch snapshots the audience; a load cut short by a kill is completed here (repeated addresses are skipped).
                var launched = await campaigns.LaunchAsync(args.CampaignId, cancellationToken).ConfigureAwait(false);
                return launched.IsSuccess || await IsRunningAsync(campaigns, args, cancellationToken).ConfigureAwait(false) ? null : launched.Error!.Code;
            case CampaignState.Paused:
                var resumed = await campaigns.ResumeAsync(args.CampaignId, cancellationToken).ConfigureAwait(false);
                return resumed.IsSuccess ? null : resumed.Error!.Code;
            default:
                return null;
        }
    }

    /// <summary>Whether another node launched the campaign while this one tried to.</summary>
    private static async Task<bool> IsRunningAsync(CampaignService campaigns, HarnessArguments args, CancellationToken cancellationToken) =>
        (await campaigns.GetAsync(args.CampaignId, cancellationToken).ConfigureAwait(false)).Value.State is CampaignState.Running or CampaignState.Completed;
}
