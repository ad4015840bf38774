using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Audiences.Imports;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Audiences;

/// <summary>The upload and the report download of <see cref="ImportsEndpoints"/>.</summary>
internal static class ImportsHandlers
{
    public static async Task<Results<Created<ImportRunView>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, SubscriberImportService imports, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return FileRequired();
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return FileRequired();
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return file is null ? FileRequired() : ImportErrors.Empty.ToProblem();
        }

        await using var content = file.OpenReadStream();
        var result = await imports.ImportAsync(request.HttpContext.User.ToActor(), file.FileName, content, cancellationToken);
        if (!result.IsSuccess && result.Error.Code == "import.file.too_large")
        {
            return TooLarge(result.Error);
        }

        return result.ToCreatedOrProblem(r => $"/api/imports/{r.Id:D}");
    }

    public static async Task<IResult> ReportAsync(Guid id, SubscriberImportService imports, CancellationToken cancellationToken)
    {
        var run = await imports.GetAsync(id, cancellationToken);
        if (!run.IsSuccess)
        {
            return run.Error.ToProblem();
        }

        return Results.Stream(
            async output => await imports.WriteReportCsvAsync(id, output, cancellationToken),
            "text/csv; charset=utf-8",
            $"import-{id:N}-report.csv");
    }

    private static ProblemHttpResult FileRequired() => ProblemMapping.Problem(
        ErrorKind.Validation, "import.file.required", "Upload the CSV file as multipart/form-data in the field 'file'.",
        "CSV 파일을 multipart/form-data의 'file' 필드로 올리세요.", "file");

    private static ProblemHttpResult TooLarge(DomainError error)
    {
        var problem = error.ToProblem();
        problem.ProblemDetails.Status = StatusCodes.Status413PayloadTooLarge;
        return TypedResults.Problem(problem.ProblemDetails);
    }
}
