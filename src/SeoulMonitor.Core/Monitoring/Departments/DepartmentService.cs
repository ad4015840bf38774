using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.Departments;

/// <summary>
/// The registry of city departments that request monitoring (staff register them and change their notices address;
/// officers read their own record). Each change writes one audit record (entity <see cref="Entity"/>).
/// </summary>
public sealed class DepartmentService
{
    /// <summary>The audit entity type of departments.</summary>
    public const string Entity = "department";

    /// <summary>The advisory lock key that serialises registrations (name uniqueness) on PostgreSQL.</summary>
    internal const long NameLockKey = 0x5345_4f55_4c44_4550; // "SEOULDEP"

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly ILogger<DepartmentService> _logger;

    internal DepartmentService(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, ILogger<DepartmentService> logger)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff register a department (unique name, optional contact address).</summary>
    public Task<Result<DepartmentView>> RegisterAsync(RegisterDepartmentRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _db.ExecuteAsync<DepartmentView>(async ct =>
        {
            if (!MonitoringAccess.IsStaff(actor))
            {
                return DepartmentErrors.Forbidden;
            }

            var name = DepartmentValidation.Name(request?.Name);
            if (!name.IsSuccess)
            {
                return name.Error;
            }

            var email = DepartmentValidation.ContactEmail(request!.ContactEmail);
            if (!email.IsSuccess)
            {
                return email.Error;
            }

            await _db.LockNameAsync(NameLockKey, ct).ConfigureAwait(false);
            if (await _db.Set<Department>().AnyAsync(d => d.Name == name.Value, ct).ConfigureAwait(false))
            {
                return DepartmentErrors.NameTaken;
            }

            var now = _time.GetUtcNow();
            var department = new Department { Id = Guid.CreateVersion7(now), Name = name.Value, ContactEmail = email.Value, CreatedAt = now, UpdatedAt = now };
            _db.Set<Department>().Add(department);
            await _audit.RecordAsync(actor, Entity, department.Id.ToString("D"), "Register", null, "Registered", null, ct).ConfigureAwait(false);
            _logger.DepartmentRegistered(department.Id, actor.ToString());
            return DepartmentView.From(department);
        }, cancellationToken);
    }

    /// <summary>Staff change (or clear, with a blank value) a department's notices address.</summary>
    public Task<Result<DepartmentView>> ChangeContactAsync(Guid id, string? contactEmail, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _db.ExecuteAsync<DepartmentView>(async ct =>
        {
            if (!MonitoringAccess.IsStaff(actor))
            {
                return DepartmentErrors.Forbidden;
            }

            var email = DepartmentValidation.ContactEmail(contactEmail);
            if (!email.IsSuccess)
            {
                return email.Error;
            }

            var department = await _db.LockByIdAsync<Department>("departments", id, ct).ConfigureAwait(false);
            if (department is null)
            {
                return DepartmentErrors.NotFound;
            }

            department.ContactEmail = email.Value;
            department.UpdatedAt = _time.GetUtcNow();
            await _audit.RecordAsync(actor, Entity, department.Id.ToString("D"), "ChangeContact", "Registered", "Registered", null, ct).ConfigureAwait(false);
            return DepartmentView.From(department);
        }, cancellationToken);
    }

    /// <summary>One department by id.</summary>
    public async Task<Result<DepartmentView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var department = await _db.Set<Department>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        return department is null ? DepartmentErrors.NotFound : DepartmentView.From(department);
    }

    /// <summary>One department by its name (an officer's own record, from the token's department claim).</summary>
    public async Task<Result<DepartmentView>> GetByNameAsync(string? name, CancellationToken cancellationToken = default)
    {
        var key = name?.Trim();
        var department = string.IsNullOrEmpty(key)
            ? null
            : await _db.Set<Department>().AsNoTracking().SingleOrDefaultAsync(d => d.Name == key, cancellationToken).ConfigureAwait(false);
        return department is null ? DepartmentErrors.NotFound : DepartmentView.From(department);
    }

    /// <summary>Every department, by name (at most <see cref="MonitoringTaskLimits.MaxDepartments"/>).</summary>
    public async Task<IReadOnlyList<DepartmentView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _db.Set<Department>().AsNoTracking().OrderBy(d => d.Name).Take(MonitoringTaskLimits.MaxDepartments)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(DepartmentView.From);
    }
}
