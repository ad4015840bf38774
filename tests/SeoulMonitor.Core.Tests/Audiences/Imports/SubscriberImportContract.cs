using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Imports;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.Imports.ImportArrange;

namespace SeoulMonitor.Core.Tests.Audiences.Imports;

/// <summary>Staff imports in storage: the same guarantees on each provider.</summary>
public abstract class SubscriberImportContract(StorageProvider provider)
{
    [Fact]
    public async Task Import_GoodLines_LoadSubscribersActiveConsentsAndHistory()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AddListsAsync(host);

        var run = await SucceedsAsync(host, File(
            " Kim@Example.KR ,+82 10-2345-6789,서울특별시,종로구,sibo; museum,,2025-06-01T10:00,form-123,30s",
            ",010 3456 7890,11,Jongno-gu,fire-jongno,sms,2024-01-15T00:00:00Z,call-9,"));

        Assert.Equal((ImportRunState.Completed, 2, 2, 0, 2, 3), (run.State, run.RowsTotal, run.RowsLoaded, run.RowsRejected, run.SubscribersCreated, run.ConsentsRecorded));
        var kim = await host.WithAsync<SeoulMonitorDbContext, Subscriber>(db => db.Set<Subscriber>().Include(s => s.Attributes).SingleAsync(s => s.Email == "kim@example.kr", Ct));
        Assert.Equal(("01023456789", "11", "종로구"), (kim.Mobile, kim.ProvinceCode, kim.District));
        Assert.Equal([("age_band", "30s")], kim.Attributes.Select(a => (a.Name, a.Value)));
        var consents = await host.WithAsync<SeoulMonitorDbContext, List<(Consent Consent, MailingList List)>>(async db =>
            (await db.Set<Consent>().Join(db.Set<MailingList>(), c => c.ListId, l => l.Id, (c, l) => new { c, l }).ToListAsync(Ct)).Select(x => (x.c, x.l)).ToList());
        var sibo = consents.Single(c => c.List.Key == "sibo").Consent;
        var consentedAt = new DateTimeOffset(2025, 6, 1, 1, 0, 0, TimeSpan.Zero);
        Assert.Equal((ConsentState.Active, ConsentSource.Import, DeliveryChannel.Email, consentedAt, consentedAt, consentedAt.AddYears(2)),
            (sibo.State, sibo.Source, sibo.Channel, sibo.GivenAt, sibo.LastAffirmedAt, sibo.RenewalDueAt));
        Assert.Equal($"form-123 (import {run.Id:D})", sibo.EvidenceReference);
        Assert.Null(consents.Single(c => c.List.Key == "museum").Consent.RenewalDueAt);
        Assert.Equal(DeliveryChannel.Sms, consents.Single(c => c.List.Key == "fire-jongno").Consent.Channel);
        var notices = await host.WithAsync<SeoulMonitorDbContext, List<ListConsentNotice>>(db => db.Set<ListConsentNotice>().ToListAsync(Ct));
        Assert.All(consents, c => Assert.Equal(notices.Single(n => n.ListId == c.List.Id && n.Version == 2).Id, c.Consent.NoticeId));
        var events = await host.WithAsync<SeoulMonitorDbContext, List<ConsentEvent>>(db => db.Set<ConsentEvent>().ToListAsync(Ct));
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal((ConsentEventKind.Recorded, $"import:{run.Id:D}"), (e.Kind, e.Actor)));
        var audit = await host.WithAsync<AuditTrail, IReadOnlyList<AuditEntry>>(a => a.ReadAsync(SubscriberImportService.Entity, run.Id.ToString("D"), 0, 10, Ct));
        Assert.Equal(["Start", "Complete"], audit.Select(a => a.Event));
        Assert.Equal("staff:staff-7", run.StaffId);
    }

    [Fact]
    public async Task Import_BadLines_ReportsEachWithLineColumnAndCodeAndLoadsTheRest()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AddListsAsync(host);
        string[] lines =
        [
            "ok1@example.kr,,,,sibo,,2025-06-01,f1,",                                     // 2 ok
            "not-an-address,,,,sibo,,2025-06-01,f,",                                      // 3 email invalid
            "x@mailinator.com,,,,sibo,,2025-06-01,f,",                                    // 4 disposable
            ",011-234-5678,,,sibo,sms,2025-06-01,f,",                                     // 5 mobile invalid
            "ok2@example.kr,,서울특별시,없는구,sibo,,2025-06-01,f,",                       // 6 district unknown
            "ok3@example.kr,,,,nosuch,,2025-06-01,f,",                                    // 7 unknown list
            "ok4@example.kr,,,,closed,,2025-06-01,f,",                                    // 8 closed list
            "ok5@example.kr,,,,sibo,,2027-01-01,f,",                                      // 9 future
            "ok6@example.kr,,,,sibo,,01/06/2025,f,",                                      // 10 invalid date
            "ok7@example.kr,,,,sibo,,2025-06-01,,",                                       // 11 evidence required
            "OK1@example.kr,,,,museum,,2025-06-01,f,",                                    // 12 duplicate of line 2
            "ok8@example.kr,,,,sibo,fax,2025-06-01,f,",                                   // 13 channel unknown
            ",,,,sibo,,2025-06-01,f,",                                                    // 14 no address
            "ok9@example.kr,,,,sibo,,2023-06-01,f,",                                      // 15 renewal passed
            "ok10@example.kr,,,,bare,,2025-06-01,f,",                                     // 16 no notice
            "ok11@example.kr,,,,sibo,,2025-06-01,f",                                      // 17 column count
            "\"ok12@example.kr\",,,,sibo,,2025-06-01,\"form, with comma and\nline break\",",              // 18-19 control character
            "ok13@example.kr,,,,sibo,,2025-06-01,f," + new string('x', 201),             // 20 trait too long
            ",010-2345-6789,,,sibo,,2025-06-01,f,",                                       // 21 email channel without email
            "\"ok14@example.kr\",,,,\"sibo;museum\",,2025-06-01,\"form, \"\"quoted\"\"\",\"a\"\"b\"",      // 22 ok (quoted)
        ];

        var run = await SucceedsAsync(host, File(lines));

        var problems = (await ProblemsAsync(host, run.Id)).Select(p => (p.Line, p.Column, p.Code)).ToList();
        Assert.Equal(
        [
            (3, "email", "subscriber.email.invalid"), (4, "email", "subscriber.email.disposable"), (5, "mobile", "subscriber.mobile.invalid"),
            (6, "district", "subscriber.district.unknown"), (7, "lists", "import.lists.unknown"), (8, "lists", "import.lists.closed"),
            (9, "consented_at", "import.consented_at.future"), (10, "consented_at", "import.consented_at.invalid"),
            (11, "evidence", "import.evidence.required"), (12, "email", "import.row.duplicate"), (13, "channel", "import.channel.unknown"),
            (14, "email", "import.row.address_required"), (15, "consented_at", "import.consented_at.renewal_passed"),
            (16, "lists", "import.lists.no_notice"), (17, "row", "import.row.column_count"), (18, "evidence", "import.evidence.invalid"), (20, "trait:age_band", "import.trait.too_long"),
            (21, "email", "import.channel.address_missing"),
        ], problems);
        Assert.Equal((20, 2, 18), (run.RowsTotal, run.RowsLoaded, run.RowsRejected));
        var quoted = await host.WithAsync<SeoulMonitorDbContext, Subscriber>(db => db.Set<Subscriber>().Include(s => s.Attributes).SingleAsync(s => s.Email == "ok14@example.kr", Ct));
        Assert.Equal("a\"b", quoted.Attributes.Single().Value);
        Assert.Equal(2, await CountAsync<Subscriber>(host));
        Assert.Equal(3, await CountAsync<Consent>(host));
    }

    [Fact]
    public async Task Import_ExistingSubscriber_GetsNewConsentsKeepsActiveAndRefusesOlderThanWithdrawal()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AddListsAsync(host);
        await SucceedsAsync(host, File(
            "lee@example.kr,,,,sibo;museum,,2025-06-01,f1,", "park@example.kr,010-4567-8901,,,museum,,2025-06-01,f1,",
            "jung@example.kr,010-6789-0123,,,museum,,2025-06-01,f1,"));
        await using (var scope = host.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
            var museum = await db.Set<MailingList>().SingleAsync(l => l.Key == "museum", Ct);
            var parks = await db.Set<Consent>().Where(c => c.ListId == museum.Id).ToListAsync(Ct);
            var park = await db.Set<Subscriber>().SingleAsync(s => s.Email == "park@example.kr", Ct);
            var consent = parks.Single(c => c.SubscriberId == park.Id);
            consent.State = ConsentState.Withdrawn;
            consent.EndedAt = new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero);
            await db.SaveChangesAsync(Ct);
        }

        var run = await SucceedsAsync(host, File(
            "LEE@example.kr,010-5678-9012,,,sibo;fire-jongno,,2025-07-01,f2,40s",  // existing: sibo unchanged, fire new, mobile filled
            "park@example.kr,,,,museum,,2025-08-01,f2,",                              // withdrawn on 2025-09-01: refused
            ",010-4567-8901,,,fire-jongno,sms,2025-10-01,f2,",                        // park by mobile: new sms consent
            "jung@example.kr,010-7890-1234,,,sibo,,2025-10-01,f2,"));                // jung has another mobile: conflict

        Assert.Equal((2, 2, 0, 2, 1), (run.RowsLoaded, run.RowsRejected, run.SubscribersCreated, run.ConsentsRecorded, run.ConsentsUnchanged));
        Assert.Equal([(3, "import.consent.ended_later"), (5, "import.row.address_conflict")], (await ProblemsAsync(host, run.Id)).Select(p => (p.Line, p.Code)));
        var lee = await host.WithAsync<SeoulMonitorDbContext, Subscriber>(db => db.Set<Subscriber>().Include(s => s.Attributes).SingleAsync(s => s.Email == "lee@example.kr", Ct));
        Assert.Equal(("01056789012", "40s"), (lee.Mobile, lee.Attributes.Single().Value));
        Assert.Equal(3, await CountAsync<Subscriber>(host));
    }

    [Fact]
    public async Task Import_WithdrawnBeforeConsentDate_IsRecordedAgain()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AddListsAsync(host);
        await SucceedsAsync(host, File("choi@example.kr,,,,museum,,2025-01-01,f1,"));
        await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<Consent>().ExecuteUpdateAsync(
            u => u.SetProperty(c => c.State, ConsentState.Withdrawn).SetProperty(c => c.EndedAt, new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero)), Ct));

        var run = await SucceedsAsync(host, File("choi@example.kr,,,,museum,,2025-03-01,f2,"));

        var consent = await host.WithAsync<SeoulMonitorDbContext, Consent>(db => db.Set<Consent>().SingleAsync(Ct));
        Assert.Equal((1, ConsentState.Active, null), (run.ConsentsRecorded, consent.State, consent.EndedAt));
        Assert.Equal(2, await CountAsync<ConsentEvent>(host));
    }

    [Fact]
    public async Task Import_ReportCsv_ListsEveryStoredProblemWithBom()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AddListsAsync(host);
        var run = await SucceedsAsync(host, File("bad,,,,sibo,,2025-06-01,f,", "=cmd@example.kr,,,,nosuch,,2025-06-01,f,"));
        using var output = new MemoryStream();

        var written = await host.WithAsync<SubscriberImportService, Common.Result<Common.Unit>>(s => s.WriteReportCsvAsync(run.Id, output, Ct));

        Assert.True(written.IsSuccess);
        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("\uFEFFline,column,code,message,message_ko\r\n2,email,subscriber.email.invalid,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n3,lists,import.lists.unknown,", text, StringComparison.Ordinal);
        Assert.Equal("import.not_found", (await host.WithAsync<SubscriberImportService, Common.Result<Common.Unit>>(s => s.WriteReportCsvAsync(Guid.NewGuid(), output, Ct))).Error?.Code);
    }

    [Fact]
    public async Task Import_HundredThousandRowsWithBadLines_ReportsEachBadLineAndLoadsAllOthers()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await AddListsAsync(host);
        var file = ImportFileGenerator.Generate(100_000, everyNth: 331, out var bad);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = await SucceedsAsync(host, file);
        TestContext.Current.SendDiagnosticMessage($"{provider}: 100,000 rows in {started.Elapsed.TotalSeconds:F1} s");

        Assert.Equal((100_000, 100_000 - bad.Count, bad.Count), (run.RowsTotal, run.RowsLoaded, run.RowsRejected));
        Assert.InRange(bad.Count, 300, 400);
        var problems = await ProblemsAsync(host, run.Id);
        Assert.Equal(bad.OrderBy(b => b.Key).Select(b => (b.Key, b.Value)), problems.Select(p => (p.Line, p.Code)));
        Assert.Equal(100_000 - bad.Count, await CountAsync<Subscriber>(host));
        Assert.Equal(100_000 - bad.Count, await CountAsync<Consent>(host));
        Assert.Equal(100_000 - bad.Count, await CountAsync<ConsentEvent>(host));
        var sample = await host.WithAsync<SeoulMonitorDbContext, Subscriber?>(db => db.Set<Subscriber>().SingleOrDefaultAsync(s => s.Email == "person2@example.kr", Ct));
        Assert.NotNull(sample);
        Assert.Null(await host.WithAsync<SeoulMonitorDbContext, Subscriber?>(db => db.Set<Subscriber>().SingleOrDefaultAsync(s => s.Email == $"person{bad.Keys.First() - 1}@example.kr", Ct)));
    }
}

/// <summary>On SQLite.</summary>
public sealed class SubscriberImportSqliteTests() : SubscriberImportContract(StorageProvider.Sqlite);

/// <summary>On PostgreSQL.</summary>
public sealed class SubscriberImportPostgresTests() : SubscriberImportContract(StorageProvider.PostgreSql);
