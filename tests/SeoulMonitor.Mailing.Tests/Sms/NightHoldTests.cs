using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Sms;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary>The 21:00–08:00 Seoul window of <see cref="NightHold"/>, at its edges.</summary>
public sealed class NightHoldTests
{
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    public static TheoryData<string, string?> Edges() => new()
    {
        { "2026-07-01T20:59:59", null },
        { "2026-07-01T21:00:00", "2026-07-02T08:00:00" },
        { "2026-07-01T23:59:59", "2026-07-02T08:00:00" },
        { "2026-07-02T00:00:00", "2026-07-02T08:00:00" },
        { "2026-07-02T07:59:59", "2026-07-02T08:00:00" },
        { "2026-07-02T08:00:00", null },
        { "2026-12-31T22:30:00", "2027-01-01T08:00:00" },
        { "2028-02-28T21:00:00", "2028-02-29T08:00:00" },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void HeldUntil_AdvertisingSms_HeldDuringTheNightUntilEight(string seoulTime, string? until)
    {
        var time = new FakeTimeProvider(At(seoulTime).ToUniversalTime());

        var held = NightHold.HeldUntil(time.GetUtcNow(), DeliveryChannel.Sms, CampaignPurpose.Advertising);

        Assert.Equal(until is null ? null : At(until), held);
    }

    [Theory]
    [InlineData(DeliveryChannel.Sms, CampaignPurpose.Informational)]
    [InlineData(DeliveryChannel.Email, CampaignPurpose.Advertising)]
    [InlineData(DeliveryChannel.Email, CampaignPurpose.Informational)]
    public void HeldUntil_InformationalOrEmail_NeverHeld(DeliveryChannel channel, CampaignPurpose purpose)
    {
        foreach (var hour in Enumerable.Range(0, 24))
        {
            Assert.Null(NightHold.HeldUntil(new DateTimeOffset(2026, 7, 1, hour, 30, 0, Seoul), channel, purpose));
        }
    }

    [Fact]
    public void HeldUntil_OtherOffsets_JudgedInSeoulTime()
    {
        // 12:00 UTC is 21:00 in Seoul; 22:59:59 UTC is 07:59:59 the next morning there.
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 8, 0, 0, Seoul), NightHold.HeldUntil(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero), DeliveryChannel.Sms, CampaignPurpose.Advertising));
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 8, 0, 0, Seoul), NightHold.HeldUntil(new DateTimeOffset(2026, 7, 1, 22, 59, 59, TimeSpan.Zero), DeliveryChannel.Sms, CampaignPurpose.Advertising));
        Assert.Null(NightHold.HeldUntil(new DateTimeOffset(2026, 7, 1, 23, 0, 0, TimeSpan.Zero), DeliveryChannel.Sms, CampaignPurpose.Advertising));
        Assert.Null(NightHold.HeldUntil(new DateTimeOffset(2026, 7, 1, 7, 59, 59, TimeSpan.FromHours(-4)), DeliveryChannel.Sms, CampaignPurpose.Advertising));
    }

    private static DateTimeOffset At(string seoulTime) =>
        new(DateTime.Parse(seoulTime, System.Globalization.CultureInfo.InvariantCulture), Seoul);
}
