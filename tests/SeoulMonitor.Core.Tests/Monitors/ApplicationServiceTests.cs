using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitors.MonitorTestKit;

namespace SeoulMonitor.Core.Tests.Monitors;

/// <summary>Submission rules and refusals (SQLite).</summary>
public sealed class ApplicationServiceTests
{
    public static TheoryData<string, string> BadForms() => new()
    {
        { "birth:2005-02-29", "application.birth_date.invalid" },
        { "birth:2026-03-03", "application.birth_date.future" },
        { "birth:not-a-date", "application.birth_date.invalid" },
        { "birth:2010-01-01", "eligibility.age" },
        { "district:해운대구", "application.district.unknown" },
        { "district:제물포구", "application.district.unknown" },
        { "province:Busan", "application.province.unknown" },
        { "mobile:011-234-5678", "application.mobile.invalid" },
        { "mobile:010-2345-678", "application.mobile.invalid" },
        { "email:kim@", "application.email.invalid" },
        { "email:" + new string('e', 250) + "@x.kr", "application.email.too_long" },
        { "name:" + new string('이', MonitorLimits.NameMaxLength + 1), "application.name.too_long" },
        { "name:김", "application.name.too_short" },
        { "name:", "application.name.required" },
        { "consent:false", "application.consent.required" },
        { "notice:not-a-guid", "application.consent_notice.unknown" },
        { "notice:" + Guid.Empty, "application.consent_notice.unknown" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task Submit_BadInput_RefusedWithStableCodeAndWritesNothing(string change, string code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var notice = await PublishNoticeAsync(host);
        var audit = await AuditCountAsync(host);
        var value = change[(change.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var form = Form(notice.Id);
        form = change[..change.IndexOf(':', StringComparison.Ordinal)] switch
        {
            "birth" => form with { BirthDate = value },
            "district" => form with { District = value },
            "province" => form with { Province = value },
            "mobile" => form with { Mobile = value },
            "email" => form with { Email = value },
            "name" => form with { Name = value },
            "consent" => form with { ConsentGiven = false },
            _ => form with { ConsentNoticeId = value },
        };

        var result = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(form, Evidence, Ct));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(0, await CountAsync<MonitorApplication>(host));
        Assert.Equal(0, await CountAsync<PersonClaim>(host));
        Assert.Equal(audit, await AuditCountAsync(host));
    }

    [Theory]
    [InlineData(14, 59, "eligibility.age")]
    [InlineData(15, 0, null)]
    [InlineData(15, 30, null)]
    public async Task Submit_NineteenthBirthdayStartsInSeoulBeforeUtc_EligibleFromSeoulMidnight(int hourUtc, int minuteUtc, string? code)
    {
        var instant = new DateTimeOffset(2024, 3, 9, hourUtc, minuteUtc, 0, TimeSpan.Zero);
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, start: instant);
        var notice = await PublishNoticeAsync(host);

        var result = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s =>
            s.SubmitAsync(Form(notice.Id, birthDate: "2005-03-10"), Evidence, Ct));

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public async Task Submit_Feb29Birthday_EligibleOnMarch1NotFeb28()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, start: new DateTimeOffset(2023, 2, 28, 3, 0, 0, TimeSpan.Zero));
        var notice = await PublishNoticeAsync(host);
        var form = Form(notice.Id, birthDate: "2004-02-29");

        var onFeb28 = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(form, Evidence, Ct));
        host.Time.Advance(TimeSpan.FromDays(1));
        var onMar1 = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(form, Evidence, Ct));

        Assert.Equal("eligibility.age", onFeb28.Error?.Code);
        Assert.True(onMar1.IsSuccess, onMar1.Error?.Code);
    }

    [Fact]
    public async Task Approve_IncheonJungGuAfterReorganisation_RefusedWithEligibilityRegionAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, start: new DateTimeOffset(2026, 6, 30, 3, 0, 0, TimeSpan.Zero));
        var notice = await PublishNoticeAsync(host);
        var receipt = await SubmitAsync(host, Form(notice.Id, province: "인천광역시", district: "중구"));
        host.Time.Advance(TimeSpan.FromDays(1));
        var audit = await AuditCountAsync(host);

        var result = await host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ApproveAsync(StaffKim, receipt.Application.Id, Ct));

        Assert.Equal("eligibility.region", result.Error?.Code);
        Assert.Equal(ApplicationState.Submitted, (await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.GetAsync(receipt.Application.Id, Ct)))).State);
        Assert.Equal(0, await CountAsync<Membership>(host));
        Assert.Equal(audit, await AuditCountAsync(host));
    }

    [Fact]
    public async Task Submit_SupersededNotice_RefusedAndCurrentAccepted()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var old = await PublishNoticeAsync(host, "v1");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var current = await PublishNoticeAsync(host, "v2");

        var withOld = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(Form(old.Id), Evidence, Ct));
        var withCurrent = await host.WithAsync<ApplicationService, Result<ApplicationReceipt>>(s => s.SubmitAsync(Form(current.Id), Evidence, Ct));

        Assert.Equal("application.consent_notice.superseded", withOld.Error?.Code);
        Assert.Equal(current.Id, withCurrent.Value.Application.ConsentNoticeId);
    }

    [Fact]
    public async Task Resubmit_WrongToken_AnswersNotFoundAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (receipt, form) = await ApplicationInStateAsync(host, ApplicationState.ReturnedForInfo);
        var audit = await AuditCountAsync(host);

        var result = await host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.ResubmitAsync(receipt.Application.Id, "guess", form, Evidence, Ct));

        Assert.Equal("application.not_found", result.Error?.Code);
        Assert.Equal(audit, await AuditCountAsync(host));
    }

    [Fact]
    public async Task Resubmit_InvalidCorrection_RefusedAndApplicationUnchanged()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (receipt, form) = await ApplicationInStateAsync(host, ApplicationState.ReturnedForInfo);
        var before = await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.GetAsync(receipt.Application.Id, Ct)));

        var result = await host.WithAsync<ApplicationService, Result<ApplicationView>>(s =>
            s.ResubmitAsync(receipt.Application.Id, receipt.AccessToken, form with { Mobile = "02-123-4567" }, Evidence, Ct));

        Assert.Equal("application.mobile.invalid", result.Error?.Code);
        Assert.Equal(before, await Succeeds(host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.GetAsync(receipt.Application.Id, Ct))));
    }

    [Theory]
    [InlineData(null, "application.reason.required")]
    [InlineData("", "application.reason.required")]
    public async Task Reject_WithoutReason_Refused(string? reason, string code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (receipt, _) = await ApplicationInStateAsync(host, ApplicationState.Submitted);

        var result = await host.WithAsync<ApplicationService, Result<ApplicationView>>(s => s.RejectAsync(StaffKim, receipt.Application.Id, reason, Ct));

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public async Task Reject_OversizedReason_RefusedWithReasonTooLong()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var (receipt, _) = await ApplicationInStateAsync(host, ApplicationState.Submitted);

        var result = await host.WithAsync<ApplicationService, Result<ApplicationView>>(s =>
            s.RejectAsync(StaffKim, receipt.Application.Id, new string('사', MonitorLimits.ReasonMaxLength + 1), Ct));

        Assert.Equal("application.reason.too_long", result.Error?.Code);
    }

    [Theory]
    [InlineData("Bogus", "application.state.unknown")]
    [InlineData("Submitted", null)]
    public async Task List_StateFilter_ParsedInCore(string state, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        await ApplicationInStateAsync(host, ApplicationState.Submitted);

        var result = await host.WithAsync<ApplicationService, Result<IReadOnlyList<ApplicationView>>>(s => s.ListAsync(state, null, null, Ct));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(code is null ? 1 : 0, result.IsSuccess ? result.Value.Count : 0);
    }
}
