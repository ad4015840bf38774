using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Persistence;

/// <summary>
/// Runs one domain operation in one database transaction: a refused operation rolls back and leaves nothing written,
/// a successful one saves and commits (with its audit records) atomically.
/// </summary>
internal static class UnitOfWork
{
    public static async Task<Result<T>> ExecuteAsync<T>(
        this SeoulMonitorDbContext db,
        Func<CancellationToken, Task<Result<T>>> work,
        CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Nested in a caller's unit of work: the caller saves and commits.
            return await work(cancellationToken).ConfigureAwait(false);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        try
        {
            var result = await work(cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return result;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
