using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Sms.Gateway;
using SeoulMonitor.Testing.Sms;

namespace SeoulMonitor.Host.Tests.Campaigns;

/// <summary>
/// The host wired to the in-process SMS gateway (Mailing:Sms:Gateway:*) with 02-2133-1234 registered, and three
/// subscribers of <c>seoul-sibo</c> imported: A (SMS with night sending, and e-mail), B (SMS without night sending, and
/// e-mail), C (e-mail only). Helpers to post signed delivery reports and to wait on real time.
/// </summary>
internal sealed class SmsEndToEndRig : IAsyncDisposable
{
    public const string Secret = "end-to-end-webhook-secret-of-32-chars-at-least";
    public const string NumberA = "01023450001";
    public const string NumberB = "01023450002";
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private SmsEndToEndRig(FakeSmsGateway gateway, SeoulMonitorApplication app)
    {
        Gateway = gateway;
        App = app;
        Staff = app.CreateStaffClient();
    }

    public FakeSmsGateway Gateway { get; }

    public SeoulMonitorApplication App { get; }

    public HttpClient Staff { get; }

    public IDeliveryLedger Ledger => App.Services.GetRequiredService<IDeliveryLedger>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts the gateway and the host (on the system clock, or on its fake clock at <paramref name="start"/>) and imports the subscribers.</summary>
    public static async Task<SmsEndToEndRig> StartAsync(DateTimeOffset? start = null)
    {
        var gateway = new FakeSmsGateway();
        var app = new SeoulMonitorApplication(start: start, systemClock: start is null, settings: new Dictionary<string, string>
        {
            ["Mailing:Sms:Gateway:BaseUrl"] = gateway.BaseUrl.ToString(),
            ["Mailing:Sms:Gateway:ApiKey"] = FakeSmsGateway.ApiKey,
            ["Mailing:Sms:Gateway:WebhookSecret"] = Secret,
            ["Mailing:Sms:Gateway:PerSecond"] = "1000",
        });
        var rig = new SmsEndToEndRig(gateway, app);
        await rig.ImportAsync();
        return rig;
    }

    /// <summary>The request the gateway received for <paramref name="number"/> (one at most).</summary>
    public SmsGatewayRequest? RequestTo(string number) => Gateway.Requests.SingleOrDefault(r => r.To == number);

    /// <summary>Posts a signed delivery report for the text the gateway accepted for <paramref name="request"/>.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ReportAsync(SmsGatewayRequest request, string status, string? code, string? secret = Secret)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            messageId = Gateway.Accepted[request.ClientRef],
            status,
            code,
            at = App.Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        }));
        var stamp = SmsWebhookSignature.Timestamp(App.Clock.GetUtcNow());
        using var client = App.CreateAnonymousClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, "/webhooks/sms/delivery") { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Add(SmsWebhookSignature.TimestampHeader, stamp);
        if (secret is not null)
        {
            message.Headers.Add(SmsWebhookSignature.SignatureHeader, SmsWebhookSignature.Compute(secret, stamp, body));
        }

        using var response = await client.SendAsync(message, Ct);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone());
    }

    /// <summary>Waits in real time until <paramref name="condition"/> holds.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(WaitLimit);
        while (!await condition())
        {
            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
            {
                Assert.Fail("Timed out waiting for " + what);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Staff.Dispose();
        await App.DisposeAsync();
        await Gateway.DisposeAsync();
    }

    /// <summary>Two files, as one file may name a person once: the SMS consents, then the e-mail ones (matched to A and B).</summary>
    private async Task ImportAsync()
    {
        var day = SeoulCalendar.ToSeoul(App.Clock.GetUtcNow()).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await UploadAsync(
            $"a@example.kr,010-2345-0001,,,seoul-sibo,sms,{day},e2e-a-sms,yes\r\n" +
            $"b@example.kr,010-2345-0002,,,seoul-sibo,sms,{day},e2e-b-sms,no\r\n", 2);
        await UploadAsync(
            $"a@example.kr,010-2345-0001,,,seoul-sibo,email,{day},e2e-a-email,\r\n" +
            $"b@example.kr,010-2345-0002,,,seoul-sibo,email,{day},e2e-b-email,\r\n" +
            $"c@example.kr,,,,seoul-sibo,email,{day},e2e-c-email,\r\n", 3);
    }

    private async Task UploadAsync(string lines, int loaded)
    {
        var csv = "email,mobile,province,district,lists,channel,consented_at,evidence,night_sending\r\n" + lines;
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var upload = new MultipartFormDataContent { { file, "file", "subscribers.csv" } };
        using var response = await Staff.PostAsync(new Uri("/api/imports", UriKind.Relative), upload, Ct);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, run.ToString());
        Assert.True(run.GetProperty("rowsLoaded").GetInt32() == loaded, run.ToString());
    }
}
