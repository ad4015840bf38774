using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Maintenance;
using SeoulMonitor.Core.Audiences.Requests;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Audiences.Maintenance;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.Maintenance.UpkeepArrange;

namespace SeoulMonitor.Core.Tests.Audiences.Requests;

/// <summary>Data-subject requests on each provider.</summary>
public abstract class DataSubjectRequestContract(StorageProvider provider)
{
    private static readonly Actor Staff = Actor.Staff("staff-kim");

    [Fact]
    public async Task StartThenConfirm_Export_AnswersAtOnceWithEverythingHeld()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (person, consentId) = await ArrangePersonAsync(host, "me@example.com");

        Assert.True((await host.RunAsync<DataSubjectRequestService, Result<Unit>>((s, ct) => s.StartAsync(" ME@Example.com ", "export", ct))).IsSuccess);
        var token = TokenOf((await host.NoticesAsync())[^1]);
        var receipt = await host.RunAsync<DataSubjectRequestService, Result<DataRequestReceipt>>((s, ct) => s.ConfirmAsync(token, ct));

        Assert.True(receipt.IsSuccess, receipt.Error?.Code);
        var (request, export) = (receipt.Value.Request, receipt.Value.Export!);
        Assert.Equal((DataSubjectRequestKind.Export, DataSubjectRequestState.Completed, person.PublicId), (request.Kind, request.State, request.SubscriberPublicId));
        Assert.Equal(("me@example.com", "01023450000", "종로구"), (export.Subscriber.Email, export.Subscriber.Mobile, export.Subscriber.District));
        Assert.Equal([new ExportedTrait("interest", "culture")], export.Attributes);
        var consent = Assert.Single(export.Consents);
        Assert.Equal((consentId, "seoul-sibo", "2년", "203.0.113.9"), (consent.Id, consent.ListKey, consent.Notice?.Retention, consent.EvidenceIp));
        Assert.Equal([ConsentEventKind.Confirmed], export.History.Select(h => h.Kind));
        Assert.Equal(SuppressionReason.Complaint, Assert.Single(export.Suppressions).Reason);
        Assert.Equal(request.Id, Assert.Single(export.Requests).Id);
    }

    [Fact]
    public async Task Start_UnknownAddress_SameAnswerAndNothingQueued()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await host.RunAsync<DataSubjectRequestService, Result<Unit>>((s, ct) => s.StartAsync("nobody@example.com", "Erasure", ct));

        Assert.True(result.IsSuccess);
        Assert.Empty(await host.NoticesAsync());
    }

    [Theory]
    [InlineData("not-an-address", "export", "data_request.address.invalid")]
    [InlineData("010-1234", "export", "data_request.address.invalid")]
    [InlineData("me@example.com", "delete-everything", "data_request.kind.unknown")]
    [InlineData("me@example.com", null, "data_request.kind.required")]
    public async Task Start_BadInput_RefusedWithStableCode(string address, string? kind, string code)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await ArrangePersonAsync(host, "me@example.com");

        var result = await host.RunAsync<DataSubjectRequestService, Result<Unit>>((s, ct) => s.StartAsync(address, kind, ct));

        Assert.Equal(code, result.Error?.Code);
        Assert.Empty(await host.NoticesAsync());
    }

    [Fact]
    public async Task Confirm_ForgedOrExpiredToken_RefusedAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await ArrangePersonAsync(host, "me@example.com");
        await host.RunAsync<DataSubjectRequestService, Result<Unit>>((s, ct) => s.StartAsync("me@example.com", "Erasure", ct));
        var token = TokenOf((await host.NoticesAsync())[^1]);
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        var forgedResult = await host.RunAsync<DataSubjectRequestService, Result<DataRequestReceipt>>((s, ct) => s.ConfirmAsync(forged, ct));
        host.Time.Advance(TimeSpan.FromHours(25));
        var expiredResult = await host.RunAsync<DataSubjectRequestService, Result<DataRequestReceipt>>((s, ct) => s.ConfirmAsync(token, ct));

        Assert.Equal(("data_request.token.invalid", "data_request.token.expired"), (forgedResult.Error?.Code, expiredResult.Error?.Code));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<DataSubjectRequest>().CountAsync(Ct)));
    }

    [Fact]
    public async Task ListOpen_AfterTenDays_OverdueFirstWithDeadlineReceivedPlusTenDays()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (person, _) = await ArrangePersonAsync(host, "me@example.com");
        var first = await Register(host, new StaffDataRequest("Correction", SubscriberId: person.PublicId));
        host.Time.Advance(TimeSpan.FromDays(5));
        var second = await Register(host, new StaffDataRequest("Export", Address: "010-2345-0000"));
        host.Time.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));

        var open = await host.RunAsync<DataSubjectRequestService, IReadOnlyList<DataRequestView>>((s, ct) => s.ListOpenAsync(ct));

        Assert.Equal([(first.Id, true), (second.Id, false)], open.Select(o => (o.Id, o.Overdue)));
        Assert.Equal(first.ReceivedAt.AddDays(MaintenanceLimits.DataRequestDays), first.DueAt);
        Assert.Equal(2, await host.AuditCountAsync(DataRequestErrors.Entity));
    }

    [Theory]
    [InlineData(null, null, "data_request.subject.required")]
    [InlineData("unknown@example.com", null, "data_request.subject.unknown")]
    [InlineData("bad address", null, "data_request.address.invalid")]
    public async Task Register_BadSubject_Refused(string? address, string? unused, string code)
    {
        _ = unused;
        await using var host = await CoreTestHost.CreateAsync(provider);

        var result = await host.RunAsync<DataSubjectRequestService, Result<DataRequestView>>((s, ct) => s.RegisterAsync(Staff, new StaffDataRequest("Export", address), ct));

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public async Task Complete_CorrectionToAnotherSubscribersAddress_RefusedAndNothingChanged()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (person, _) = await ArrangePersonAsync(host, "me@example.com");
        await host.AddSubscriberAsync("taken@example.com");
        var request = await Register(host, new StaffDataRequest("Correction", SubscriberId: person.PublicId));

        var conflict = await Complete(host, request.Id, new DataRequestAnswer(Correction: new SubscriberCorrection(Email: "TAKEN@example.com", District: "강남구", Province: "11")));
        var missing = await Complete(host, request.Id, new DataRequestAnswer());

        Assert.Equal(("data_request.correction.address_in_use", "data_request.correction.required"), (conflict.Error?.Code, missing.Error?.Code));
        var stored = await host.QueryAsync(db => db.Set<Subscriber>().AsNoTracking().SingleAsync(s => s.Id == person.Id, Ct));
        Assert.Equal(("me@example.com", "종로구"), (stored.Email, stored.District));
        Assert.Equal(DataSubjectRequestState.Received, (await host.RunAsync<DataSubjectRequestService, Result<DataRequestView>>((s, ct) => s.GetAsync(request.Id, ct))).Value.State);
    }

    [Fact]
    public async Task Complete_Correction_NormalisedAppliedAndAnswered()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (person, _) = await ArrangePersonAsync(host, "me@example.com");
        var request = await Register(host, new StaffDataRequest("Correction", SubscriberId: person.PublicId));
        var traits = new Dictionary<string, string?> { ["interest"] = null, ["age-band"] = "40s" };

        var result = await Complete(host, request.Id, new DataRequestAnswer("전화 요청", new SubscriberCorrection(" New@Example.COM ", "+82 10-9999-8888", "서울특별시", "Gangnam-gu", traits)));
        var again = await Complete(host, request.Id, new DataRequestAnswer());

        Assert.Equal((DataSubjectRequestState.Completed, "corrected: 전화 요청"), (result.Value.State, result.Value.Outcome));
        Assert.Equal("data_request.answered", again.Error?.Code);
        var stored = await host.QueryAsync(db => db.Set<Subscriber>().AsNoTracking().Include(s => s.Attributes).SingleAsync(s => s.Id == person.Id, Ct));
        Assert.Equal(("new@example.com", "01099998888", "강남구"), (stored.Email, stored.Mobile, stored.District));
        Assert.Equal([("age-band", "40s")], stored.Attributes.Select(a => (a.Name, a.Value)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Complete_Erasure_LeavesNothingPersonalInAnyTable(bool neverMail)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (person, _) = await ArrangePersonAsync(host, "erase.me@example.com");
        await host.RunAsync<DataSubjectRequestService, Result<Unit>>((s, ct) => s.StartAsync("erase.me@example.com", "Erasure", ct));
        var token = TokenOf((await host.NoticesAsync())[^1]);
        var confirmed = await host.RunAsync<DataSubjectRequestService, Result<DataRequestReceipt>>((s, ct) => s.ConfirmAsync(token, ct));

        var result = await Complete(host, confirmed.Value.Request.Id, new DataRequestAnswer(NeverMail: neverMail));

        Assert.Equal(DataSubjectRequestState.Completed, result.Value.State);
        Assert.False(await host.SubscriberExistsAsync(person.Id));
        Assert.Empty(await host.ScanAllTablesAsync("erase.me@example.com"));
        Assert.Empty(await host.ScanAllTablesAsync("01023450000"));
        var suppressions = await host.QueryAsync(db => db.Set<SuppressionEntry>().AsNoTracking().ToListAsync(Ct));
        Assert.All(suppressions, s => Assert.Null(s.Address));
        Assert.Equal(neverMail ? 2 : 1, suppressions.Count);
        Assert.Equal(neverMail, suppressions.Any(s => s.Channel == DeliveryChannel.Sms && s.AddressHash == AddressHash.Of("01023450000")));
        var request = await host.QueryAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(Ct));
        Assert.Equal(person.PublicId, request.SubscriberPublicId);
        Assert.Equal(DestructionReasons.Erasure, (await host.QueryAsync(db => db.Set<DestructionRecord>().AsNoTracking().FirstAsync(Ct))).Reason);
        Assert.Equal("data_request.subject_gone", (await host.RunAsync<DataSubjectRequestService, Result<SubscriberExport>>((s, ct) => s.ExportAsync(request.Id, ct))).Error?.Code);
    }

    [Fact]
    public async Task Refuse_WithoutReason_RefusedThenWithReasonAnswered()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (person, _) = await ArrangePersonAsync(host, "me@example.com");
        var request = await Register(host, new StaffDataRequest("Erasure", SubscriberId: person.PublicId));

        var bare = await host.RunAsync<DataSubjectRequestService, Result<DataRequestView>>((s, ct) => s.RefuseAsync(Staff, request.Id, " ", ct));
        var refused = await host.RunAsync<DataSubjectRequestService, Result<DataRequestView>>((s, ct) => s.RefuseAsync(Staff, request.Id, "다른 법률에 따른 보존", ct));
        var unknown = await host.RunAsync<DataSubjectRequestService, Result<DataRequestView>>((s, ct) => s.RefuseAsync(Staff, Guid.NewGuid(), "x", ct));

        Assert.Equal(("data_request.reason.required", DataSubjectRequestState.Refused, "data_request.not_found"), (bare.Error?.Code, refused.Value.State, unknown.Error?.Code));
        Assert.True(await host.SubscriberExistsAsync(person.Id));
    }

    private static async Task<(Subscriber Person, long ConsentId)> ArrangePersonAsync(CoreTestHost host, string email)
    {
        var list = await host.AddListAsync(ConsentRegime.PolicyCustomer);
        var person = await host.AddSubscriberAsync(email, "01023450000");
        var consentId = await host.AddActiveConsentAsync(person.Id, list, policyCustomer: true);
        await host.QueryAsync(async db =>
        {
            db.Add(new SuppressionEntry { Channel = DeliveryChannel.Email, AddressHash = AddressHash.Of(email), Address = email, Reason = SuppressionReason.Complaint, CreatedAt = host.Time.GetUtcNow(), CreatedBy = "system" });
            return await db.SaveChangesAsync(Ct);
        });
        return (person, consentId);
    }

    private static string TokenOf(OutboxMessage notice) => Uri.UnescapeDataString(notice.TextBody.Split("?token=")[1].Split('\n')[0].Trim());

    private static async Task<DataRequestView> Register(CoreTestHost host, StaffDataRequest input)
    {
        var result = await host.RunAsync<DataSubjectRequestService, Result<DataRequestView>>((s, ct) => s.RegisterAsync(Staff, input, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    private static Task<Result<DataRequestView>> Complete(CoreTestHost host, Guid id, DataRequestAnswer answer) =>
        host.RunAsync<DataSubjectRequestService, Result<DataRequestView>>((s, ct) => s.CompleteAsync(Staff, id, answer, ct));
}

public sealed class DataSubjectRequestSqliteTests() : DataSubjectRequestContract(StorageProvider.Sqlite);

public sealed class DataSubjectRequestPostgresTests() : DataSubjectRequestContract(StorageProvider.PostgreSql);
