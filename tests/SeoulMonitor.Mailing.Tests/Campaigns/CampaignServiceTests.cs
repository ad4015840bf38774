using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Pipeline;

namespace SeoulMonitor.Mailing.Tests.Campaigns;

public sealed class CampaignServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Invalid() => new()
    {
        { "name", "campaign.name.invalid" },
        { "long-name", "campaign.name.invalid" },
        { "subject", "campaign.subject.invalid" },
        { "audience", "campaign.audience.invalid" },
        { "send-by-past", "campaign.send_by.past" },
        { "send-by-before-send-at", "campaign.send_by.before_send_at" },
        { "sender", "campaign.sender.invalid" },
        { "sender-crlf", "campaign.sender.invalid" },
        { "return-path", "campaign.sender.invalid" },
        { "no-body", "campaign.template.body_missing" },
        { "bad-template", "campaign.template.invalid" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task CreateAsync_InvalidDefinition_RefusedWithCodeAndNothingStored(string fault, string code)
    {
        var time = new FakeTimeProvider(Now);
        await using var harness = new EngineHarness(time: time);
        var valid = Valid();
        var definition = fault switch
        {
            "name" => valid with { Name = " " },
            "long-name" => valid with { Name = new string('가', 201) },
            "subject" => valid with { Template = valid.Template with { Subject = "" } },
            "audience" => valid with { AudienceKey = "" },
            "send-by-past" => valid with { SendBy = Now },
            "send-by-before-send-at" => valid with { SendAt = Now.AddHours(3), SendBy = Now.AddHours(2) },
            "sender" => valid with { Sender = new MailSender("not-an-address") },
            "sender-crlf" => valid with { Sender = new MailSender("a@seoul.go.kr\r\nBcc: x@evil.example") },
            "return-path" => valid with { Sender = new MailSender("a@seoul.go.kr", null, "bounce@") },
            "no-body" => valid with { Template = new MessageTemplate("s", null, null) },
            "bad-template" => valid with { Template = valid.Template with { Html = "{% if %}" } },
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        var result = await harness.Campaigns.CreateAsync(definition, Ct);

        Assert.Equal(code, result.Error?.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error!.MessageKo));
        Assert.Null(await harness.Ledger.GetCampaignAsync(definition.Id, Ct));
    }

    [Fact]
    public async Task CreateAsync_Valid_DraftStoredAndSecondCreateRefused()
    {
        await using var harness = new EngineHarness(time: new FakeTimeProvider(Now));
        var definition = Valid();

        var created = await harness.Campaigns.CreateAsync(definition, Ct);
        var again = await harness.Campaigns.CreateAsync(definition, Ct);

        Assert.Equal(CampaignState.Draft, created.Value.State);
        Assert.Equal("campaign.already_exists", again.Error?.Code);
    }

    [Fact]
    public async Task LoadAudienceAsync_LargeAudience_StreamedInBatchesOfAThousand()
    {
        await using var harness = new EngineHarness(time: new FakeTimeProvider(Now));
        var definition = Valid() with { AudienceKey = "m:2500" };
        await harness.Campaigns.CreateAsync(definition, Ct);

        var added = await harness.Campaigns.LoadAudienceAsync(definition.Id, Ct);
        var again = await harness.Campaigns.LoadAudienceAsync(definition.Id, Ct);

        Assert.Equal(2500, added.Value);
        Assert.Equal(0, again.Value);
        Assert.Equal([1000, 1000, 500, 1000, 1000, 500], harness.Fake.AddBatchSizes);
    }

    [Fact]
    public async Task Events_InvalidFromState_RefusedWithInvalidTransition()
    {
        await using var harness = new EngineHarness(time: new FakeTimeProvider(Now));
        var definition = Valid();
        await harness.Campaigns.CreateAsync(definition, Ct);

        Assert.Equal("campaign.invalid_transition", (await harness.Campaigns.PauseAsync(definition.Id, Ct)).Error?.Code);
        Assert.Equal("campaign.invalid_transition", (await harness.Campaigns.ResumeAsync(definition.Id, Ct)).Error?.Code);
        Assert.Equal("campaign.invalid_transition", (await harness.Campaigns.CancelAsync(definition.Id, Ct)).Error?.Code);
        Assert.Equal("campaign.send_at.missing", (await harness.Campaigns.ScheduleAsync(definition.Id, Ct)).Error?.Code);
        Assert.Equal("campaign.not_found", (await harness.Campaigns.LaunchAsync(Guid.NewGuid(), Ct)).Error?.Code);
        Assert.Equal(CampaignState.Draft, (await harness.Campaigns.GetAsync(definition.Id, Ct)).Value.State);
    }

    [Fact]
    public async Task ScheduleAsync_Draft_SnapshotTakenAndOnlyLaunchOrCancelAllowed()
    {
        var time = new FakeTimeProvider(Now);
        await using var harness = new EngineHarness(time: time);
        var definition = Valid() with { AudienceKey = "s:10", SendAt = Now.AddMinutes(30), SendBy = Now.AddHours(2) };
        await harness.Campaigns.CreateAsync(definition, Ct);

        var scheduled = await harness.Campaigns.ScheduleAsync(definition.Id, Ct);

        Assert.Equal(CampaignState.Scheduled, scheduled.Value.State);
        Assert.Equal(10, scheduled.Value.RecipientCount);
        Assert.Equal("campaign.invalid_transition", (await harness.Campaigns.PauseAsync(definition.Id, Ct)).Error?.Code);
        Assert.True((await harness.Campaigns.CancelAsync(definition.Id, Ct)).IsSuccess);
        Assert.Equal(10, (await harness.Ledger.CountAsync(definition.Id, Ct)).Cancelled);
    }

    [Fact]
    public async Task LaunchAsync_AfterDeadline_Refused()
    {
        var time = new FakeTimeProvider(Now);
        await using var harness = new EngineHarness(time: time);
        var definition = Valid() with { SendBy = Now.AddMinutes(5) };
        await harness.Campaigns.CreateAsync(definition, Ct);
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal("campaign.deadline_passed", (await harness.Campaigns.LaunchAsync(definition.Id, Ct)).Error?.Code);
    }

    [Fact]
    public async Task GetProgressAsync_TwoObservations_RateAndEtaFromTheCounts()
    {
        var time = new FakeTimeProvider(Now);
        await using var harness = new EngineHarness(time: time);
        var definition = Valid() with { AudienceKey = "g:100" };
        await harness.Campaigns.CreateAsync(definition, Ct);
        await harness.Campaigns.LoadAudienceAsync(definition.Id, Ct);

        var first = (await harness.Campaigns.GetProgressAsync(definition.Id, Ct)).Value;
        var rows = await harness.Ledger.ClaimAsync(definition.Id, 20, "n", Now, Now.AddMinutes(1), false, Ct);
        await harness.Ledger.CompleteAsync(rows.Select(r => new DeliveryOutcome(r.CampaignId, r.Sequence, DeliveryState.Sent, true)).ToList(), Now, Ct);
        time.Advance(TimeSpan.FromSeconds(2));
        var second = (await harness.Campaigns.GetProgressAsync(definition.Id, Ct)).Value;

        Assert.Null(first.RatePerSecond);
        Assert.Equal(10, second.RatePerSecond);
        Assert.Equal(TimeSpan.FromSeconds(8), second.EstimatedRemaining);
        Assert.Equal(0.2, second.Fraction, 6);
    }

    private static CampaignDefinition Valid() => new()
    {
        Id = Guid.NewGuid(),
        Name = "재난 안전 안내",
        Sender = new MailSender("notice@seoul.go.kr", "서울특별시"),
        Template = new MessageTemplate("{{ name }}님, 안내드립니다", "<p>{{ name }}</p>", null),
        AudienceKey = "a:3",
        SendBy = Now.AddHours(1),
    };
}
