using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Campaigns;

public sealed class CampaignTransitionsTests
{
    public static TheoryData<CampaignState, CampaignEvent, CampaignState?> Matrix()
    {
        var allowed = new Dictionary<(CampaignState, CampaignEvent), CampaignState>
        {
            [(CampaignState.Draft, CampaignEvent.Schedule)] = CampaignState.Scheduled,
            [(CampaignState.Draft, CampaignEvent.Launch)] = CampaignState.Running,
            [(CampaignState.Scheduled, CampaignEvent.Launch)] = CampaignState.Running,
            [(CampaignState.Scheduled, CampaignEvent.Start)] = CampaignState.Running,
            [(CampaignState.Scheduled, CampaignEvent.Cancel)] = CampaignState.Cancelled,
            [(CampaignState.Running, CampaignEvent.Pause)] = CampaignState.Paused,
            [(CampaignState.Running, CampaignEvent.Cancel)] = CampaignState.Cancelled,
            [(CampaignState.Running, CampaignEvent.Complete)] = CampaignState.Completed,
            [(CampaignState.Paused, CampaignEvent.Resume)] = CampaignState.Running,
            [(CampaignState.Paused, CampaignEvent.Cancel)] = CampaignState.Cancelled,
        };
        var data = new TheoryData<CampaignState, CampaignEvent, CampaignState?>();
        foreach (var state in Enum.GetValues<CampaignState>())
        {
            foreach (var campaignEvent in Enum.GetValues<CampaignEvent>())
            {
                data.Add(state, campaignEvent, allowed.TryGetValue((state, campaignEvent), out var target) ? target : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Fire_EveryStateAndEvent_FollowsTheStateMachine(CampaignState state, CampaignEvent campaignEvent, CampaignState? expected) =>
        Assert.Equal(expected, CampaignTransitions.Fire(state, campaignEvent));

    [Fact]
    public void Of_EveryStateEventAndPriority_HasEnglishAndKoreanNames()
    {
        var names = Enum.GetValues<CampaignState>().Select(MailingNames.Of)
            .Concat(Enum.GetValues<DeliveryState>().Select(MailingNames.Of))
            .Concat(Enum.GetValues<CampaignPriority>().Select(MailingNames.Of))
            .Concat(Enum.GetValues<CampaignEvent>().Select(MailingNames.Of))
            .ToList();

        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n.English) || string.IsNullOrWhiteSpace(n.Korean)));
        Assert.All(names, n => Assert.Contains(n.Korean, c => c >= '가' && c <= '힣'));
    }

    [Fact]
    public void InvalidTransition_Error_NamesStateAndEventInBothLanguages()
    {
        var error = MailingErrors.InvalidTransition(CampaignState.Completed, CampaignEvent.Pause);

        Assert.Equal("campaign.invalid_transition", error.Code);
        Assert.Contains("Completed", error.Message, StringComparison.Ordinal);
        Assert.Contains("발송 완료", error.MessageKo, StringComparison.Ordinal);
        Assert.Contains("일시 중지", error.MessageKo, StringComparison.Ordinal);
    }
}
