using System.Net;
using System.Text;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Communities;

public sealed class CommunityEndpointsTests
{
    [Fact]
    public async Task FoundApproveJoin_LeaderAccepts_MemberListed()
    {
        await using var app = new SeoulMonitorApplication();
        var (founder, joiner) = (await app.AddMonitorAsync(), await app.AddMonitorAsync());
        using var staff = app.CreateStaffClient();
        using var founderClient = app.CreateClient([Roles.CommunityLeader, Roles.Monitor], founder);
        using var joinerClient = app.CreateMonitorClient(joiner);

        var (founded, community) = await founderClient.PostJsonAsync("/api/communities", new { name = "성북 안전 지킴이", description = "골목 안전 점검", focusArea = "safety" });
        var id = community.GetProperty("id").GetString();
        var (approved, _) = await staff.PostJsonAsync($"/api/communities/{id}/approve");
        var (requested, _) = await joinerClient.PostJsonAsync($"/api/communities/{id}/join-requests");
        var (accepted, member) = await founderClient.PostJsonAsync($"/api/communities/{id}/join-requests/{joiner:D}/accept");
        var (_, mine) = await joinerClient.GetJsonAsync("/api/me/communities");

        Assert.Equal(HttpStatusCode.Created, founded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Member", member.GetProperty("state").GetString());
        Assert.Equal(2, mine[0].GetProperty("community").GetProperty("memberCount").GetInt32());
    }

    [Fact]
    public async Task AcceptRequest_LeaderOfAnotherCommunity_Returns403NotLeader()
    {
        await using var app = new SeoulMonitorApplication();
        var (founder, other, joiner) = (await app.AddMonitorAsync(), await app.AddMonitorAsync(), await app.AddMonitorAsync());
        using var staff = app.CreateStaffClient();
        using var founderClient = app.CreateMonitorClient(founder);
        var (_, community) = await founderClient.PostJsonAsync("/api/communities", new { name = "노원 교통 모임", focusArea = "Transport" });
        var id = community.GetProperty("id").GetString();
        await staff.PostJsonAsync($"/api/communities/{id}/approve");
        await app.CreateMonitorClient(joiner).PostJsonAsync($"/api/communities/{id}/join-requests");
        using var otherLeader = app.CreateClient([Roles.CommunityLeader], other);

        var (response, problem) = await otherLeader.PostJsonAsync($"/api/communities/{id}/join-requests/{joiner:D}/accept");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("community.not_leader", problem.Code());
    }

    [Theory]
    [InlineData("X", "Safety", "community.name.length")]
    [InlineData("", "Safety", "community.name.required")]
    [InlineData("동네 모임", "Parks", "community.focus_area.invalid")]
    [InlineData("동네 모임", "3", "community.focus_area.invalid")]
    [InlineData("동네 모임", null, "community.focus_area.invalid")]
    public async Task Found_BadInput_Returns400WithCodeAndWritesNothing(string name, string? focusArea, string code)
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateMonitorClient(await app.AddMonitorAsync());

        var (response, problem) = await client.PostJsonAsync("/api/communities", new { name, focusArea });
        var (_, list) = await client.GetJsonAsync("/api/communities");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, problem.Code());
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Found_OversizedNameAndDescription_Return400()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateMonitorClient(await app.AddMonitorAsync());

        var (longName, nameProblem) = await client.PostJsonAsync("/api/communities", new { name = new string('가', 61), focusArea = "Safety" });
        var (longText, textProblem) = await client.PostJsonAsync("/api/communities", new { name = "동네 모임", description = new string('a', 2001), focusArea = "Safety" });

        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Equal("community.name.length", nameProblem.Code());
        Assert.Equal(HttpStatusCode.BadRequest, longText.StatusCode);
        Assert.Equal("community.description.too_long", textProblem.Code());
    }

    [Fact]
    public async Task Found_SuspendedMonitor_Returns422()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateMonitorClient(await app.AddMonitorAsync(MembershipState.Suspended));

        var (response, problem) = await client.PostJsonAsync("/api/communities", new { name = "동네 모임", focusArea = "Other" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("community.monitor_not_active", problem.Code());
    }

    [Fact]
    public async Task Found_MalformedJson_Returns400RequestMalformed()
    {
        await using var app = new SeoulMonitorApplication();
        using var client = app.CreateMonitorClient(await app.AddMonitorAsync());
        using var content = new StringContent("{\"name\": ", Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/api/communities", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"code\":\"request.malformed\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownState_Returns400()
    {
        await using var app = new SeoulMonitorApplication();
        using var staff = app.CreateStaffClient();

        var (response, problem) = await staff.GetJsonAsync("/api/communities?state=Frozen");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("community.state.invalid", problem.Code());
    }

    [Fact]
    public async Task Approve_DepartmentOfficer_Returns403()
    {
        await using var app = new SeoulMonitorApplication();
        using var department = app.CreateDepartmentClient();

        var (response, problem) = await department.PostJsonAsync($"/api/communities/{Guid.NewGuid():D}/approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("auth.forbidden", problem.Code());
    }
}
