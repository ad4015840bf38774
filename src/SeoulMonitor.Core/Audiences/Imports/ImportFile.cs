using System.Text;
using nietras.SeparatedValues;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// The uploaded file, read as a stream and never held in memory: UTF-8 (with or without a byte-order mark; any other
/// encoding is refused), comma-separated, RFC 4180 quoting (quotes, separators and line breaks inside quoted cells).
/// A first pass checks the size, the encoding, the header and the row count before anything is written.
/// </summary>
internal sealed class ImportFile : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly long _start;
    private StreamReader? _text;
    private SepReader? _reader;

    private ImportFile(Stream stream, bool ownsStream, ImportHeader header, int rows, long bytes)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _start = stream.Position;
        Header = header;
        Rows = rows;
        Bytes = bytes;
    }

    public ImportHeader Header { get; }

    /// <summary>Data rows (blank lines not counted).</summary>
    public int Rows { get; }

    public long Bytes { get; }

    /// <summary>Opens and checks the file: size, encoding, header, row count.</summary>
    public static async Task<Result<ImportFile>> OpenAsync(Stream content, ImportOptions options, CancellationToken cancellationToken)
    {
        var stream = content;
        var owns = false;
        if (!content.CanSeek)
        {
            stream = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            owns = true;
            var copied = await CopyCappedAsync(content, stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            if (!copied)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                return ImportErrors.TooLarge(options.MaxBytes);
            }
        }

        var result = Check(stream, options, cancellationToken);
        if (!result.IsSuccess && owns)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        return result.IsSuccess ? new ImportFile(stream, owns, result.Value.Header, result.Value.Rows, result.Value.Bytes) : result.Error;
    }

    /// <summary>Reads up to <paramref name="count"/> data lines (blank lines skipped).</summary>
    public List<ImportLine> Read(int count)
    {
        if (_reader is null)
        {
            _stream.Position = _start;
            _text = new StreamReader(_stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true);
            _reader = CreateReader(_text);
        }

        var lines = new List<ImportLine>(count);
        while (lines.Count < count && _reader.MoveNext())
        {
            var row = _reader.Current;
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            lines.Add(new ImportLine(row.LineNumberFrom, cells));
        }

        return lines;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _text?.Dispose();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private static Result<(ImportHeader Header, int Rows, long Bytes)> Check(Stream stream, ImportOptions options, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var bytes = stream.Length - start;
        if (bytes > options.MaxBytes)
        {
            return ImportErrors.TooLarge(options.MaxBytes);
        }

        if (bytes == 0)
        {
            return ImportErrors.Empty;
        }

        try
        {
            using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true);
            using var reader = CreateReader(text);
            var header = ImportHeader.Parse([.. reader.Header.ColNames]);
            if (!header.IsSuccess)
            {
                return header.Error;
            }

            var rows = 0;
            while (reader.MoveNext())
            {
                var row = reader.Current;
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                if (++rows > options.MaxRows)
                {
                    return ImportErrors.TooManyRows(options.MaxRows);
                }

                if ((rows & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            return rows == 0 ? ImportErrors.Empty : (header.Value, rows, bytes);
        }
        catch (DecoderFallbackException)
        {
            return ImportErrors.NotUtf8;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static SepReader CreateReader(TextReader text) =>
        Sep.New(',').Reader(static o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true }).From(text);

    private static async Task<bool> CopyCappedAsync(Stream from, Stream to, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return false;
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
