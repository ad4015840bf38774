using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Imports;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Audiences.Imports;

/// <summary>Lists (created directly as rows), files and the import call for the import tests.</summary>
internal static class ImportArrange
{
    public const string Header = "email,mobile,province,district,lists,channel,consented_at,evidence,trait:age_band";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Actor Staff { get; } = Actor.Staff("staff-7");

    /// <summary>sibo (policy customer), museum (advertising), fire-jongno (informational), closed (closed), bare (no notice).</summary>
    public static async Task AddListsAsync(CoreTestHost host)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var now = host.Time.GetUtcNow();
        foreach (var (key, regime, open, notice) in new[]
                 {
                     ("sibo", ConsentRegime.PolicyCustomer, true, true), ("museum", ConsentRegime.Advertising, true, true),
                     ("fire-jongno", ConsentRegime.Informational, true, true), ("closed", ConsentRegime.Advertising, false, true),
                     ("bare", ConsentRegime.Advertising, true, false),
                 })
        {
            var list = new MailingList
            {
                Id = Guid.NewGuid(), Key = key, NameKo = key, NameEn = key, Kind = ListKind.Newsletter, Regime = regime, IsOpen = open, CreatedAt = now,
            };
            db.Add(list);
            if (notice)
            {
                db.Add(new ListConsentNotice { Id = Guid.NewGuid(), ListId = list.Id, Version = 1, Purpose = "p", Items = "i", Retention = "r", RightToRefuse = "x", Consequence = "c", PublishedAt = now });
                db.Add(new ListConsentNotice { Id = Guid.NewGuid(), ListId = list.Id, Version = 2, Purpose = "p2", Items = "i", Retention = "r", RightToRefuse = "x", Consequence = "c", PublishedAt = now });
            }
        }

        await db.SaveChangesAsync(Ct);
    }

    public static MemoryStream File(params string[] lines) => File(Header, lines);

    public static MemoryStream File(string header, IEnumerable<string> lines, bool bom = false)
    {
        var text = header + "\r\n" + string.Join("\r\n", lines) + "\r\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
    }

    public static Task<Result<ImportRunView>> ImportAsync(CoreTestHost host, Stream file, string name = "people.csv") =>
        host.WithAsync<SubscriberImportService, Result<ImportRunView>>(s => s.ImportAsync(Staff, name, file, Ct));

    public static async Task<ImportRunView> SucceedsAsync(CoreTestHost host, Stream file)
    {
        var result = await ImportAsync(host, file);
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static async Task<List<ImportProblem>> ProblemsAsync(CoreTestHost host, Guid id) =>
        await host.WithAsync<SeoulMonitorDbContext, List<ImportProblem>>(db => db.Set<ImportProblem>().Where(p => p.ImportRunId == id).OrderBy(p => p.Id).ToListAsync(Ct));

    public static async Task<int> CountAsync<T>(CoreTestHost host)
        where T : class =>
        await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<T>().CountAsync(Ct));
}
