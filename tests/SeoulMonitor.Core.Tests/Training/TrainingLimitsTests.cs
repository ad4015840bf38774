using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Core.Training;
using static SeoulMonitor.Core.Tests.Training.TrainingArrange;

namespace SeoulMonitor.Core.Tests.Training;

/// <summary>Every <see cref="TrainingLimits"/> boundary and bad input: a clear code, and nothing written.</summary>
public sealed class TrainingLimitsTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData(0, "training.capacity.out_of_range")]
    [InlineData(-1, "training.capacity.out_of_range")]
    [InlineData(1, null)]
    [InlineData(TrainingLimits.MaxCapacity, null)]
    [InlineData(TrainingLimits.MaxCapacity + 1, "training.capacity.out_of_range")]
    [InlineData(int.MaxValue, "training.capacity.out_of_range")]
    public async Task Schedule_Capacity_BoundariesHold(int capacity, string? code) =>
        await AssertScheduleAsync(Request(fixture.Host) with { Capacity = capacity }, code);

    [Theory]
    [InlineData(TrainingLimits.TitleMinLength - 1, "training.title.length")]
    [InlineData(TrainingLimits.TitleMaxLength, null)]
    [InlineData(TrainingLimits.TitleMaxLength + 1, "training.title.length")]
    public async Task Schedule_TitleLength_BoundariesHold(int length, string? code) =>
        await AssertScheduleAsync(Request(fixture.Host) with { Title = new string('t', length) }, code);

    [Fact]
    public async Task Schedule_OversizedDescriptionAndLocation_AreRefused()
    {
        await AssertScheduleAsync(Request(fixture.Host) with { Description = new string('d', TrainingLimits.DescriptionMaxLength + 1) }, "training.description.too_long");
        await AssertScheduleAsync(Request(fixture.Host) with { Location = new string('l', TrainingLimits.LocationMaxLength + 1) }, "training.location.too_long");
        await AssertScheduleAsync(Request(fixture.Host) with { Capacity = null }, "training.capacity.required");
    }

    [Theory]
    [InlineData("2026-02-29T10:00:00+09:00", "training.starts_at.invalid")]
    [InlineData("2026-13-01T10:00:00+09:00", "training.starts_at.invalid")]
    [InlineData("next tuesday", "training.starts_at.invalid")]
    [InlineData("2026-03-10 10:00", "training.starts_at.invalid")]
    [InlineData(null, "training.starts_at.invalid")]
    [InlineData("2030-01-01T10:00:00Z", "training.starts_at.too_far")]
    public async Task Schedule_BadStart_IsRefused(string? startsAt, string code) =>
        await AssertScheduleAsync(Request(fixture.Host) with { StartsAt = startsAt }, code);

    [Fact]
    public async Task Schedule_LongerThanMaxDuration_IsRefused()
    {
        var request = Request(fixture.Host);
        var start = TrainingValidation.ParseInstant(request.StartsAt)!.Value;
        await AssertScheduleAsync(request with { EndsAt = Iso(start + TrainingLimits.MaxDuration + TimeSpan.FromMinutes(1)) }, "training.duration.too_long");
        await AssertScheduleAsync(request with { EndsAt = Iso(start + TrainingLimits.MaxDuration) }, null);
    }

    [Fact]
    public async Task Schedule_ByMonitor_IsForbidden()
    {
        var result = await fixture.Host.SessionAsync((s, ct) => s.ScheduleAsync(Request(fixture.Host), Actor.Monitor(Guid.NewGuid()), ct));

        Assert.Equal("training.forbidden", result.Error?.Code);
    }

    [Fact]
    public async Task CheckIn_OversizedCode_IsInvalidAndWritesNothing()
    {
        var (session, monitor, _) = await fixture.Host.RegistrationInStateAsync(TrainingRegistrationState.Registered);
        var before = await fixture.Host.AuditCountAsync();

        var result = await CheckInAtStartAsync(fixture.Host, session, monitor, new string('A', 10_000));

        Assert.Equal("training.code_invalid", result.Error?.Code);
        Assert.Equal(before, await fixture.Host.AuditCountAsync());
    }

    private async Task AssertScheduleAsync(ScheduleSessionRequest request, string? code)
    {
        var before = await fixture.Host.AuditCountAsync();

        var result = await fixture.Host.SessionAsync((s, ct) => s.ScheduleAsync(request, Staff, ct));

        if (code is null)
        {
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.Equal(before + 1, await fixture.Host.AuditCountAsync());
        }
        else
        {
            Assert.Equal(code, result.Error?.Code);
            Assert.Equal(before, await fixture.Host.AuditCountAsync());
        }
    }
}
