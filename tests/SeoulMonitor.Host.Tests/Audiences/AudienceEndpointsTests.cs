using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Tests.Audiences;

public sealed class AudienceEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Segments_CreatePreviewUpdateDelete_CountsAndStableCodes()
    {
        await using var app = new SeoulMonitorApplication();
        await ArrangeAsync(app);
        using var staff = app.CreateStaffClient();
        var definition = new { lists = new[] { "news" }, districts = new[] { new { province = "11", district = "종로구" } } };

        var (created, segment) = await staff.PostJsonAsync("/api/segments", new { name = "종로", channel = "Email", definition });
        var id = segment.GetProperty("id").GetString();
        var (_, preview) = await staff.PostJsonAsync($"/api/segments/{id}/preview");
        var (_, unsaved) = await staff.PostJsonAsync("/api/segments/preview", new { channel = "email", definition = new { lists = new[] { "news" } } });
        var put = await staff.PutAsync(new Uri($"/api/segments/{id}", UriKind.Relative), Json(new { name = "모두", channel = "Email", definition = new { lists = new[] { "news" } } }), Ct);
        var (_, listed) = await staff.GetJsonAsync("/api/segments");
        var deleted = await staff.DeleteAsync(new Uri($"/api/segments/{id}", UriKind.Relative), Ct);
        var (gone, goneBody) = await staff.GetJsonAsync($"/api/segments/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"segment:{id}", segment.GetProperty("audienceKey").GetString());
        Assert.Equal(1, preview.GetProperty("recipients").GetInt64());
        Assert.Equal(2, unsaved.GetProperty("recipients").GetInt64());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(1, listed.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "segment.not_found"), (gone.StatusCode, goneBody.Code()));
    }

    [Theory]
    [InlineData("""{"name":"x","channel":"Fax","definition":{"lists":["news"]}}""", "segment.channel.invalid")]
    [InlineData("""{"name":"x","channel":"Email","definition":{"lists":["nope"]}}""", "segment.list.unknown")]
    [InlineData("""{"name":"x","channel":"Email","definition":{"lists":["news"],"districts":[{"province":"11","district":"없는구"}]}}""", "segment.district.unknown")]
    [InlineData("""{"name":"x","channel":"Email","definition":{"lists":["news"],"traits":[{"name":"a","op":"like"}]}}""", "segment.trait.operator.invalid")]
    [InlineData("""{"name":"x","channel":"Email"}""", "segment.lists.required")]
    public async Task Segments_BadRequest_400WithCode(string body, string code)
    {
        await using var app = new SeoulMonitorApplication();
        await ArrangeAsync(app);
        using var staff = app.CreateStaffClient();

        var response = await staff.PostAsync(new Uri("/api/segments", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal((HttpStatusCode.BadRequest, code), (response.StatusCode, problem.Code()));
    }

    [Fact]
    public async Task Suppressions_AddBulkListRemove_AccessLoggedAndCoded()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (added, entry) = await staff.PostJsonAsync("/api/suppressions", new { channel = "Email", address = "Kim@Example.com", reason = "Complaint" });
        var (bulk, bulkBody) = await staff.PostJsonAsync("/api/suppressions/bulk", new { channel = "Sms", hashes = new[] { AddressHash.Of("01012345678") } });
        var (badHash, badHashBody) = await staff.PostJsonAsync("/api/suppressions", new { channel = "Email", hash = "xyz" });
        var (badMobile, badMobileBody) = await staff.PostJsonAsync("/api/suppressions", new { channel = "Sms", address = "12345" });
        var (noPurpose, noPurposeBody) = await staff.GetJsonAsync("/api/suppressions");
        var (listed, page) = await staff.GetJsonAsync("/api/suppressions?purpose=complaint-review&search=kim@example.com");
        var removed = await staff.DeleteAsync(new Uri($"/api/suppressions/{entry.GetProperty("id").GetInt64()}?reason=mistake", UriKind.Relative), Ct);
        var again = await staff.DeleteAsync(new Uri($"/api/suppressions/{entry.GetProperty("id").GetInt64()}", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.OK, "kim@example.com"), (added.StatusCode, entry.GetProperty("address").GetString()));
        Assert.Equal((HttpStatusCode.OK, 1), (bulk.StatusCode, bulkBody.GetProperty("added").GetInt32()));
        Assert.Equal((HttpStatusCode.BadRequest, "suppression.hash.invalid"), (badHash.StatusCode, badHashBody.Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "subscriber.mobile.invalid"), (badMobile.StatusCode, badMobileBody.Code()));
        Assert.Equal(HttpStatusCode.BadRequest, noPurpose.StatusCode);
        Assert.NotNull(noPurposeBody.Code());
        Assert.Equal((HttpStatusCode.OK, 1), (listed.StatusCode, page.GetProperty("items").GetArrayLength()));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static async Task ArrangeAsync(SeoulMonitorApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = app.Time.GetUtcNow();
        var list = new MailingList { Id = Guid.NewGuid(), Key = "news", NameKo = "소식", NameEn = "News", CreatedAt = now };
        db.Add(list);
        foreach (var (n, district) in new[] { (1, "종로구"), (2, "마포구") })
        {
            var s = new Subscriber { PublicId = Guid.NewGuid(), Email = $"p{n}@example.com", ProvinceCode = "11", District = district, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid() };
            db.Add(s);
            await db.SaveChangesAsync(Ct);
            db.Add(new Consent { SubscriberId = s.Id, ListId = list.Id, Channel = DeliveryChannel.Email, State = ConsentState.Active, NoticeId = Guid.NewGuid(), GivenAt = now, Version = Guid.NewGuid() });
        }

        await db.SaveChangesAsync(Ct);
    }
}
