using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// The refusals of imports. File-level ones (<c>import.file.*</c>, <c>import.header.*</c>) refuse the whole file before
/// anything is written; row-level ones (<c>import.row.*</c>, <c>import.lists.*</c>, …) refuse one line, which is
/// reported while the others load.
/// </summary>
public static class ImportErrors
{
    /// <summary>No such import run.</summary>
    public static DomainError NotFound { get; } = DomainError.NotFound(
        "import.not_found", "The import was not found.", "가져오기 기록을 찾을 수 없습니다.");

    /// <summary>The file is larger than the limit.</summary>
    public static DomainError TooLarge(long maxBytes) => DomainError.Validation(
        "import.file.too_large", "file", $"The file may have at most {maxBytes:N0} bytes.", $"파일은 {maxBytes:N0}바이트 이하여야 합니다.");

    /// <summary>The file has more data rows than the limit.</summary>
    public static DomainError TooManyRows(int maxRows) => DomainError.Validation(
        "import.file.too_many_rows", "file", $"The file may have at most {maxRows:N0} data rows; split it.", $"파일의 데이터 행은 {maxRows:N0}개 이하여야 합니다. 나누어 올리세요.");

    /// <summary>No file, or nothing in it.</summary>
    public static DomainError Empty { get; } = DomainError.Validation(
        "import.file.empty", "file", "The file is empty: it needs a header row and at least one data row.", "파일이 비어 있습니다. 머리글 행과 데이터 행이 한 개 이상 있어야 합니다.");

    /// <summary>The file is not UTF-8 (e.g. saved as EUC-KR / CP949).</summary>
    public static DomainError NotUtf8 { get; } = DomainError.Validation(
        "import.file.not_utf8", "file", "The file is not UTF-8 text; save it as \"CSV UTF-8\" and upload it again.", "파일이 UTF-8 텍스트가 아닙니다. \"CSV UTF-8\" 형식으로 저장한 뒤 다시 올리세요.");

    /// <summary>The header names a column twice.</summary>
    public static DomainError DuplicateColumn(string column) => DomainError.Validation(
        "import.header.duplicate_column", "file", $"The header names the column '{Cut(column)}' twice.", $"머리글에 '{Cut(column)}' 열이 두 번 있습니다.");

    /// <summary>The header names an unknown column.</summary>
    public static DomainError UnknownColumn(string column) => DomainError.Validation(
        "import.header.unknown_column", "file",
        $"The column '{Cut(column)}' is unknown: use email, mobile, province, district, lists, channel, consented_at, evidence and trait:<name>.",
        $"'{Cut(column)}'은(는) 알 수 없는 열입니다. email, mobile, province, district, lists, channel, consented_at, evidence, trait:<이름>을 사용하세요.");

    /// <summary>A required column is missing.</summary>
    public static DomainError MissingColumn(string column) => DomainError.Validation(
        "import.header.missing_column", "file", $"The header has no '{column}' column.", $"머리글에 '{column}' 열이 없습니다.");

    /// <summary>A <c>trait:</c> column's name is not a valid attribute name.</summary>
    public static DomainError InvalidTraitColumn(string column) => DomainError.Validation(
        "import.header.trait_invalid", "file",
        $"'{Cut(column)}' is not a valid attribute column: trait:<name> with 1–{AudienceLimits.AttributeNameMaxLength} lower-case letters, digits, '_' or '-'.",
        $"'{Cut(column)}'은(는) 올바른 속성 열이 아닙니다. trait:<이름> 형식이며 이름은 영문 소문자·숫자·'_'·'-' 1~{AudienceLimits.AttributeNameMaxLength}자여야 합니다.");

    /// <summary>Too many columns.</summary>
    public static DomainError TooManyColumns { get; } = DomainError.Validation(
        "import.header.too_many_columns", "file", $"The file may have at most {ImportLimits.MaxColumns} columns ({AudienceLimits.MaxAttributes} trait columns).",
        $"파일의 열은 {ImportLimits.MaxColumns}개(속성 열 {AudienceLimits.MaxAttributes}개) 이하여야 합니다.");

    /// <summary>Paging out of range.</summary>
    public static DomainError InvalidPage { get; } = DomainError.Validation(
        "import.paging.invalid", "take", $"skip must be 0 or more and take between 1 and {ImportLimits.MaxPageSize}.", $"skip은 0 이상, take는 1~{ImportLimits.MaxPageSize}이어야 합니다.");

    internal static string Cut(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
