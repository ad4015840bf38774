using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitors;

/// <summary>Duplicate detection: the identity keys of a person, and who holds them.</summary>
internal static class PersonClaims
{
    /// <summary>The person's keys: normalised mobile, e-mail (case-insensitive), and name (ignoring spaces and case) + birth date.</summary>
    public static string[] KeysOf(string name, DateOnly birthDate, string email, string mobile) =>
    [
        Hash("mobile:" + mobile),
        Hash("email:" + email.ToLowerInvariant()),
        Hash("identity:" + string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant() + "|" + birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];

    /// <summary>Whether any of the keys is held by another application.</summary>
    public static Task<bool> HeldByOtherAsync(SeoulMonitorDbContext db, string[] keys, Guid applicationId, CancellationToken cancellationToken) =>
        db.Set<PersonClaim>().AnyAsync(c => keys.Contains(c.Key) && c.ApplicationId != applicationId, cancellationToken);

    /// <summary>Makes the application hold exactly these keys.</summary>
    public static async Task HoldAsync(SeoulMonitorDbContext db, Guid applicationId, string[] keys, CancellationToken cancellationToken)
    {
        var held = await db.Set<PersonClaim>().Where(c => c.ApplicationId == applicationId).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.Set<PersonClaim>().RemoveRange(held.Where(c => !keys.Contains(c.Key)));
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Where(k => !held.Any(c => c.Key == k)))
        {
            db.Set<PersonClaim>().Add(new PersonClaim { Key = key, ApplicationId = applicationId });
        }
    }

    /// <summary>Releases every key the application holds (it was rejected or withdrawn, or its membership ended).</summary>
    public static async Task ReleaseAsync(SeoulMonitorDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var held = await db.Set<PersonClaim>().Where(c => c.ApplicationId == applicationId).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.Set<PersonClaim>().RemoveRange(held);
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
