namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>Listing campaigns.</summary>
public sealed partial class CampaignService
{
    private static readonly CampaignState[] AllStates = Enum.GetValues<CampaignState>();

    /// <summary>Every campaign, urgent first (as the ledger orders them).</summary>
    public Task<IReadOnlyList<CampaignRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        _ledger.ListCampaignsAsync(AllStates, cancellationToken);
}
