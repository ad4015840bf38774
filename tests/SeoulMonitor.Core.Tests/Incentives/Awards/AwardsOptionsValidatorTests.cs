using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Incentives.Awards;

namespace SeoulMonitor.Core.Tests.Incentives.Awards;

public sealed class AwardsOptionsValidatorTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(AwardLimits.MaxWeight, true)]
    [InlineData(-1, false)]
    [InlineData(AwardLimits.MaxWeight + 1, false)]
    public void Validate_WeightBoundaries_OutsideZeroToMaxFails(int weight, bool valid)
    {
        var result = Validate(o => o.RejectedSubmissionPenalty = weight);

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Validate_EveryMonitorGainZero_Fails()
    {
        var result = Validate(o => (o.ApprovedSubmissionWeight, o.CompletedParticipationWeight, o.TrainingAttendanceWeight, o.CommunityActivityWeight) = (0, 0, 0, 0));

        Assert.True(result.Failed);
    }

    [Fact]
    public void Options_RegisteredWithTheCore_InvalidWeightFailsAtResolution()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSeoulMonitorCore(o => o.Storage.ConnectionString = "Data Source=:memory:");
        services.Configure<AwardsOptions>(o => o.ApprovedSubmissionWeight = -3);
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AwardsOptions>>().Value);
    }

    private static ValidateOptionsResult Validate(Action<AwardsOptions> change)
    {
        var options = new AwardsOptions();
        change(options);
        return new AwardsOptionsValidator().Validate(null, options);
    }
}
