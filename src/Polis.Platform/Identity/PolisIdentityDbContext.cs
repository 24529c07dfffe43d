using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Polis.Platform.Identity;

/// <summary>
/// Operators, roles and their claims. Kept in its own SQLite file (<c>identity.db</c>) so that the
/// identity schema evolves independently of the registry and telemetry databases.
/// </summary>
public sealed class PolisIdentityDbContext(DbContextOptions<PolisIdentityDbContext> options)
    : IdentityDbContext<PolisUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PolisUser>().Property(u => u.DisplayName).HasMaxLength(200);
    }
}
