using System.Net;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Sms;
using SeoulMonitor.Mailing.Sms.Gateway;
using static SeoulMonitor.Host.Tests.Campaigns.CampaignApi;
using static SeoulMonitor.Host.Tests.Campaigns.SmsEndToEndRig;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>
/// SMS end to end over HTTP: imported subscribers with SMS consent (A with night sending, B without, C e-mail only),
/// campaigns to <c>list:seoul-sibo:sms</c> through the campaign endpoints, the in-process gateway, signed delivery
/// reports through <c>/webhooks/sms/delivery</c>, the SMS suppression list, and the night hold on a fake Seoul clock.
/// </summary>
public sealed class SmsEndToEndTests
{
    private const string Sender = "0221331234";
    private const string AdText = "(광고) 서울 여름 축제 안내\n무료거부 080-123-4567";
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    [Fact]
    public async Task InformationalSms_ToListSms_OneTextPerSmsConsentAndAHardFailureSuppressesThatNumberForSmsOnly()
    {
        await using var rig = await StartAsync();
        var (app, staff) = (rig.App, rig.Staff);
        const string text = "서울시 알림: 내일 10시부터 단수 예정입니다.";

        var id = await staff.CreateAsync(Sms(app, text, "informational"));
        var (previewed, preview) = await staff.PostJsonAsync($"/api/campaigns/{id:D}/preview?purpose=발송 전 확인", new { });
        var (launched, _) = await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");
        await app.WaitAsync(id);

        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Equal(text, preview.GetProperty("text").GetString());
        Assert.Equal(("Sms", SmsText.Measure(text).Value.Bytes), (preview.GetProperty("sms").GetProperty("kind").GetString(), preview.GetProperty("sms").GetProperty("bytes").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);
        Assert.Equal(2, rig.Gateway.Requests.Count);
        var a = rig.RequestTo(NumberA)!;
        var b = rig.RequestTo(NumberB)!;
        Assert.Equal(("SMS", Sender, text), (a.Kind, a.From, a.Text));
        Assert.Equal(("SMS", Sender, text), (b.Kind, b.From, b.Text));

        // Reports: a forged one changes nothing; A delivered; B's number is not in service (a hard failure).
        var (forged, forgedProblem) = await rig.ReportAsync(b, "failed", "number_not_in_service", secret: "a-forged-secret-that-is-long-enough-too");
        Assert.Equal((HttpStatusCode.Unauthorized, "sms.webhook.signature_invalid"), (forged, forgedProblem.GetProperty("code").GetString()));
        Assert.Empty(await rig.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
        var (deliveredA, answerA) = await rig.ReportAsync(a, "delivered", null);
        var (failedB, answerB) = await rig.ReportAsync(b, "failed", "number_not_in_service");

        Assert.Equal((HttpStatusCode.OK, "Applied", "Delivered"), (deliveredA, answerA.GetProperty("result").GetString(), answerA.GetProperty("status").GetString()));
        Assert.Equal((HttpStatusCode.OK, "Applied", "Failed"), (failedB, answerB.GetProperty("result").GetString(), answerB.GetProperty("status").GetString()));
        Assert.Equal(SmsCarrierStatus.Delivered, (await rig.Ledger.GetSmsMessageAsync(rig.Gateway.Accepted[a.ClientRef], Ct))!.Status);
        Assert.Equal(SmsCarrierStatus.Failed, (await rig.Ledger.GetSmsMessageAsync(rig.Gateway.Accepted[b.ClientRef], Ct))!.Status);
        Assert.Equal([NumberB], await rig.Ledger.LoadSuppressionsAsync(DeliveryChannel.Sms, Ct));
        Assert.Empty(await rig.Ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));

        // The next SMS campaign (long enough for LMS) skips B; e-mail still reaches A, B and C.
        var longText = "서울시 알림: " + new string('가', 50);
        var next = await staff.CreateAsync(Sms(app, longText, "informational"));
        await staff.PostJsonAsync($"/api/campaigns/{next:D}/launch");
        await app.WaitAsync(next);
        var mail = await staff.CreateAsync(Body(app, "list:seoul-sibo"));
        await staff.PostJsonAsync($"/api/campaigns/{mail:D}/launch");
        await app.WaitAsync(mail);

        var second = rig.Gateway.Requests.Where(r => r.ClientRef.StartsWith($"{next:N}-", StringComparison.Ordinal)).ToList();
        Assert.Equal((NumberA, "LMS", longText), (Assert.Single(second).To, second[0].Kind, second[0].Text));
        var counts = await rig.Ledger.CountAsync(next, Ct);
        Assert.Equal(1, counts.Sent);
        var mails = Directory.EnumerateFiles(app.PickupDirectory).Select(File.ReadAllText).ToList();
        Assert.Equal(3, mails.Count);
        Assert.Contains(mails, m => m.Contains("b@example.kr", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdvertisingSms_CreatedAt22Seoul_OnlyTheNightConsentUntilEightThenTheOther()
    {
        var tenPm = new DateTimeOffset(2026, 7, 1, 22, 0, 0, Seoul);
        var eightAm = new DateTimeOffset(2026, 7, 2, 8, 0, 0, Seoul);
        await using var rig = await StartAsync(tenPm);
        await using var pump = new ClockPump(rig.App.Time, TimeSpan.FromMilliseconds(10));
        var (app, staff) = (rig.App, rig.Staff);

        var (tooLong, problem) = await staff.PostJsonAsync("/api/campaigns",
            Sms(app, "(광고) " + new string('가', 1_000) + " 무료거부 080-123-4567", "advertising", tenPm.AddDays(1)));
        Assert.Equal((HttpStatusCode.BadRequest, "sms.text.too_long"), (tooLong.StatusCode, problem.Code()));
        var (_, none) = await staff.GetJsonAsync("/api/campaigns");
        Assert.Equal(0, none.GetArrayLength());

        var id = await staff.CreateAsync(Sms(app, AdText, "advertising", tenPm.AddDays(1)));
        await staff.PostJsonAsync($"/api/campaigns/{id:D}/launch");
        await UntilAsync(async () => rig.Gateway.Requests.Count == 1 && (await rig.Ledger.CountAsync(id, Ct)).Deferred == 1, "A sent and B held");

        Assert.Equal(NumberA, Assert.Single(rig.Gateway.Requests).To);
        Assert.True(app.Time.GetUtcNow() < eightAm);
        // B is held until 08:00 Seoul exactly (not failed, no attempt used), and nothing more went out meanwhile.
        Assert.Equal(eightAm, await rig.Ledger.NextRetryAtAsync(id, Ct));
        Assert.Single(rig.Gateway.Requests);

        app.Time.SetUtcNow(eightAm);
        await app.WaitAsync(id);

        Assert.Equal(2, rig.Gateway.Requests.Count);
        var b = rig.RequestTo(NumberB)!;
        Assert.Equal(("SMS", Sender, AdText), (b.Kind, b.From, b.Text));
        Assert.Equal(2, (await rig.Ledger.CountAsync(id, Ct)).Sent);
    }

    private static Dictionary<string, object?> Sms(SeoulMonitorApplication app, string text, string purpose, DateTimeOffset? sendBy = null) =>
        Body(app, "list:seoul-sibo:sms", b =>
        {
            b["channel"] = "sms";
            b["purpose"] = purpose;
            b["sender"] = new { address = "02-2133-1234" };
            b["template"] = new { subject = "", text };
            if (sendBy is { } by)
            {
                b["sendBy"] = by;
            }
        });
}
