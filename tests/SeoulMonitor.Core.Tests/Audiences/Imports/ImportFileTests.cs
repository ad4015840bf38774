using System.Text;
using SeoulMonitor.Core.Audiences.Imports;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Audiences.Imports.ImportArrange;

namespace SeoulMonitor.Core.Tests.Audiences.Imports;

/// <summary>Whole-file refusals and limits: refused before anything is written.</summary>
public sealed class ImportFileTests
{
    [Theory]
    [InlineData("email,lists,consented_at", "import.header.missing_column")]
    [InlineData("mobile,lists,consented_at,evidence,email,EMAIL", "import.header.duplicate_column")]
    [InlineData("email,lists,consented_at,evidence,name", "import.header.unknown_column")]
    [InlineData("email,lists,consented_at,evidence,trait:Bad Name", "import.header.trait_invalid")]
    [InlineData("lists,consented_at,evidence,province", "import.header.missing_column")]
    public async Task Import_BadHeader_IsRefusedAndWritesNothing(string header, string code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);

        var result = await ImportAsync(host, File(header, ["a@example.kr,sibo,2025-06-01,f"]));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(0, await CountAsync<ImportRun>(host));
    }

    [Fact]
    public async Task Import_TooManyColumns_IsRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var header = "email,lists,consented_at,evidence," + string.Join(',', Enumerable.Range(0, ImportLimits.MaxColumns).Select(i => $"trait:t{i}"));

        Assert.Equal("import.header.too_many_columns", (await ImportAsync(host, File(header, []))).Error?.Code);
    }

    [Fact]
    public async Task Import_EucKrBytes_IsRefusedAsNotUtf8()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var bytes = Encoding.UTF8.GetBytes(Header + "\na@example.kr,,,").Concat(new byte[] { 0xC1, 0xBE, 0xB7, 0xCE, 0xB1, 0xB8 })
            .Concat(Encoding.UTF8.GetBytes(",sibo,,2025-06-01,f,\n")).ToArray();

        Assert.Equal("import.file.not_utf8", (await ImportAsync(host, new MemoryStream(bytes))).Error?.Code);
        Assert.Equal(0, await CountAsync<ImportRun>(host));
    }

    [Theory]
    [InlineData("")]
    [InlineData("email,lists,consented_at,evidence\r\n")]
    [InlineData("email,lists,consented_at,evidence\r\n\r\n\r\n")]
    public async Task Import_NoDataRows_IsRefusedAsEmpty(string text)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);

        Assert.Equal("import.file.empty", (await ImportAsync(host, new MemoryStream(Encoding.UTF8.GetBytes(text)))).Error?.Code);
    }

    [Fact]
    public async Task Import_MoreRowsThanLimit_IsRefusedAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, o => o.Audiences.Imports.MaxRows = 2);
        await AddListsAsync(host);

        var result = await ImportAsync(host, File("a@example.kr,,,,sibo,,2025-06-01,f,", "b@example.kr,,,,sibo,,2025-06-01,f,", "c@example.kr,,,,sibo,,2025-06-01,f,"));

        Assert.Equal("import.file.too_many_rows", result.Error?.Code);
        Assert.Equal(0, await CountAsync<ImportRun>(host));
        Assert.Equal(0, await CountAsync<Core.Audiences.Subscribers.Subscriber>(host));
    }

    [Fact]
    public async Task Import_ExactlyRowLimit_Loads()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, o => o.Audiences.Imports.MaxRows = 2);
        await AddListsAsync(host);

        var run = await SucceedsAsync(host, File("a@example.kr,,,,sibo,,2025-06-01,f,", "b@example.kr,,,,sibo,,2025-06-01,f,"));

        Assert.Equal(2, run.RowsLoaded);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Import_LargerThanByteLimit_IsRefused(bool seekable)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, o => o.Audiences.Imports.MaxBytes = 100);
        var file = File("a@example.kr,,,,sibo,,2025-06-01,f,", "b@example.kr,,,,sibo,,2025-06-01,f,");
        Stream stream = seekable ? file : new ForwardOnlyStream(file);

        Assert.Equal("import.file.too_large", (await ImportAsync(host, stream)).Error?.Code);
    }

    [Fact]
    public async Task Import_ForwardOnlyStreamWithBom_LoadsThroughTemporaryFile()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        await AddListsAsync(host);

        var run = await SucceedsAsync(host, new ForwardOnlyStream(File(Header, ["a@example.kr,,,,sibo,,2025-06-01,f,"], bom: true)));

        Assert.Equal((1, 0), (run.RowsLoaded, run.RowsRejected));
    }

    [Fact]
    public async Task Import_ManyProblems_StoresOnlyTheCapButCountsAll()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite, o => { o.Audiences.Imports.MaxStoredProblems = 3; o.Audiences.Imports.BatchSize = 2; });
        await AddListsAsync(host);

        var run = await SucceedsAsync(host, File(Header, Enumerable.Range(0, 7).Select(i => $"bad{i},,,,sibo,,2025-06-01,f,")));

        Assert.Equal((7, 7, 3), (run.RowsRejected, run.ProblemsFound, run.ProblemsStored));
    }

    [Fact]
    public async Task Import_TooManyTraitsForExistingSubscriber_IsRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        await AddListsAsync(host);
        var names = Enumerable.Range(0, 15).Select(i => $"trait:a{i}").ToList();
        await SucceedsAsync(host, File("email,lists,consented_at,evidence," + string.Join(',', names), ["t@example.kr,sibo,2025-06-01,f," + string.Join(',', names.Select(_ => "v"))]));
        var others = Enumerable.Range(0, 10).Select(i => $"trait:b{i}").ToList();

        var run = await SucceedsAsync(host, File("email,lists,consented_at,evidence," + string.Join(',', others), ["t@example.kr,museum,2025-06-01,f," + string.Join(',', others.Select(_ => "v"))]));

        Assert.Equal("import.trait.too_many", Assert.Single(await ProblemsAsync(host, run.Id)).Code);
    }

    /// <summary>A stream that cannot seek (like a request body).</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
