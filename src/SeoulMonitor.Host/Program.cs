using System.Text.Json.Serialization;
using Scalar.AspNetCore;
using SeoulMonitor.Host.AccessLog;
using SeoulMonitor.Host.Audiences;
using SeoulMonitor.Host.Audit;
using SeoulMonitor.Host.Campaigns;
using SeoulMonitor.Host.Communities;
using SeoulMonitor.Host.Demo;
using SeoulMonitor.Host.Health;
using SeoulMonitor.Host.Infrastructure;
using SeoulMonitor.Host.Training;
using SeoulMonitor.Host.Monitors;
using SeoulMonitor.Host.Monitoring;

var builder = WebApplication.CreateBuilder(args);

// Domain services and storage (SQLite file by default, PostgreSQL by configuration).
builder.Services.AddSeoulMonitorCore(builder.Configuration.GetSection("SeoulMonitor"));

// The mail engine (SQLite ledger and .eml pickup directory under data/ unless Mailing:Smtp:Host is set), with the
// monitors as its audience and their memberships checked again right before each send.
builder.Services.AddSeoulMonitorMailing(builder.Configuration.GetSection("Mailing"));
builder.Services.AddSeoulMonitorCoreMailing();
SeoulMonitor.Host.Bounces.BounceHostSetup.AddSeoulMonitorHostBounces(builder.Services, builder.Configuration);
SeoulMonitor.Host.Suppressions.SuppressionSyncSetup.AddSeoulMonitorSuppressionSync(builder.Services, builder.Configuration);

// HTTP concerns: problem details, JSON, auth, OpenAPI, health.
builder.Services.AddSeoulMonitorProblems();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddSeoulMonitorAuth();
builder.Services.AddSeoulMonitorOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
builder.Services.AddScoped<DemoDataSeeder>();
builder.Services.AddScoped<DemoMonitoringSeeder>();
builder.Services.AddScoped<DemoIncentivesSeeder>();
builder.Services.AddHostedService<SubscriptionsOutboxService>();
builder.Services.AddHostedService<MaintenanceWorker>();
builder.Services.AddHostedService<ReflectionWorker>();
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = HostLimits.MaxRequestBodyBytes);

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapHealthEndpoints();
app.MapAuditEndpoints();
app.MapAccessLogEndpoints();
app.MapCommunityEndpoints();
app.MapMyCommunityEndpoints();
app.MapTrainingEndpoints();
app.MapMyTrainingEndpoints();
app.MapConsentNoticeEndpoints();
app.MapApplicationEndpoints();
app.MapMembershipEndpoints();
app.MapMeEndpoints();
app.MapCampaignEndpoints();
app.MapUnsubscribeEndpoints();
SeoulMonitor.Host.Bounces.BounceHostSetup.MapBounceEndpoints(app);
app.MapSmsWebhookEndpoints();
app.MapSegmentEndpoints();
app.MapSuppressionEndpoints();
SeoulMonitor.Host.Suppressions.SuppressionLiftEndpoints.MapSuppressionLiftEndpoints(app);
app.MapSubscriptionsEndpoints();
app.MapAudienceUpkeepEndpoints();
SeoulMonitor.Host.Audiences.ImportsEndpoints.MapImportEndpoints(app);
SeoulMonitor.Host.Monitoring.HistoryEndpoints.MapHistoryEndpoints(app);
SeoulMonitor.Host.Monitoring.StatisticsEndpoints.MapStatisticsEndpoints(app);
SeoulMonitor.Host.Monitoring.TasksMapping.MapMonitoringTaskEndpoints(app);
SeoulMonitor.Host.Monitoring.RecruitmentEndpoints.MapRecruitmentEndpoints(app);
SeoulMonitor.Host.Monitoring.SubmissionsEndpoints.MapSubmissionEndpoints(app);
app.MapMonitoringFindingsEndpoints();
SeoulMonitor.Host.Incentives.BudgetAdvisersMapping.MapBudgetAndAdviserEndpoints(app);
SeoulMonitor.Host.Incentives.StipendsEndpoints.MapStipendEndpoints(app);
SeoulMonitor.Host.Incentives.InsuranceEndpoints.MapInsuranceEndpoints(app);
SeoulMonitor.Host.Incentives.AwardsEndpoints.MapAwardsEndpoints(app);

await app.RunAsync();

/// <summary>The host's entry point (public for the integration tests' WebApplicationFactory).</summary>
public partial class Program;
