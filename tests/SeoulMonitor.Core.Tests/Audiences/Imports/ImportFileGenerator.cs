using System.Globalization;
using System.Text;

namespace SeoulMonitor.Core.Tests.Audiences.Imports;

/// <summary>A generated import file: good rows with unique addresses, and every n-th row bad in one of ten ways (one problem each).</summary>
internal static class ImportFileGenerator
{
    private static readonly (string Code, Func<int, string> Line)[] BadKinds =
    [
        ("subscriber.email.invalid", i => $"person{i}-at-example.kr,,,,sibo,,2025-06-01T09:00,form-{i},20s"),
        ("subscriber.email.disposable", i => $"person{i}@yopmail.com,,,,sibo,,2025-06-01T09:00,form-{i},20s"),
        ("subscriber.mobile.invalid", i => $"person{i}@example.kr,011-234-{i % 10000:D4},,,sibo,,2025-06-01T09:00,form-{i},20s"),
        ("import.lists.unknown", i => $"person{i}@example.kr,,,,no-such-list,,2025-06-01T09:00,form-{i},20s"),
        ("import.consented_at.future", i => $"person{i}@example.kr,,,,sibo,,2030-01-01,form-{i},20s"),
        ("import.row.duplicate", _ => "PERSON1@example.kr,,,,sibo,,2025-06-01T09:00,form-dup,20s"),
        ("subscriber.district.unknown", i => $"person{i}@example.kr,,서울특별시,해운대구,sibo,,2025-06-01T09:00,form-{i},20s"),
        ("import.evidence.required", i => $"person{i}@example.kr,,,,sibo,,2025-06-01T09:00,,20s"),
        ("import.row.column_count", i => $"person{i}@example.kr,,,,sibo,,2025-06-01T09:00,form-{i}"),
        ("import.lists.closed", i => $"person{i}@example.kr,,,,closed,,2025-06-01T09:00,form-{i},20s"),
    ];

    public static MemoryStream Generate(int rows, int everyNth, out Dictionary<int, string> bad)
    {
        bad = [];
        var text = new StringBuilder(rows * 90);
        text.Append(ImportArrange.Header).Append('\n');
        for (var i = 1; i <= rows; i++)
        {
            if (i % everyNth == 0)
            {
                var (code, line) = BadKinds[(i / everyNth) % BadKinds.Length];
                bad[i + 1] = code;
                text.Append(line(i)).Append('\n');
            }
            else
            {
                var mobile = (20_000_000 + i).ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"person{i}@example.kr,010-{mobile[..4]}-{mobile[4..]},서울특별시,종로구,sibo,,2025-06-01T09:00,form-{i},20s\n");
            }
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
